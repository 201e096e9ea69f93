"""An entry's YAML, written by PyYAML from nodes made here.

`yaml.dump` spends most of its time in PyYAML's representer, which is pure Python and asks, for
every value, which of its many types it is and whether it was seen before (for anchors). Entries
hold plain data only: mappings with string keys, lists, strings, whole numbers, booleans and
None. For such data the nodes are made here in one pass, and PyYAML's own serializer and emitter
(libyaml's, when installed) write them: the same bytes as `yaml.dump`, checked by
tests/test_yaml_nodes.py. Anything else (a float, a date, a mapping or list met twice, which the
representer would anchor) goes to `yaml.dump` as before.
"""
from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _BOOL, _NULL, _MAP, _SEQ = (_TAG + t for t in ("str", "int", "bool", "null", "map", "seq"))


class _NotPlain(Exception):
    """The data holds something the representer would write its own way."""


def _node(value, seen: set[int]):
    kind = type(value)
    if kind is str:
        return ScalarNode(_STR, value)
    if kind is bool:
        return ScalarNode(_BOOL, "true" if value else "false")
    if kind is int:
        return ScalarNode(_INT, str(value))
    if value is None:
        return ScalarNode(_NULL, "null")
    if kind is dict or kind is list:
        if id(value) in seen:
            raise _NotPlain     # (met twice: the representer would write an anchor and an alias)
        seen.add(id(value))
        if kind is dict:
            if any(type(k) is not str for k in value):
                raise _NotPlain
            return MappingNode(_MAP, [(ScalarNode(_STR, k), _node(v, seen)) for k, v in value.items()],
                               flow_style=False)
        return SequenceNode(_SEQ, [_node(v, seen) for v in value], flow_style=False)
    raise _NotPlain


def dump(data: dict, dumper) -> str:
    """`yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100,
    default_flow_style=False)`, byte for byte."""
    try:
        node = _node(data, set())
    except _NotPlain:
        return yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100,
                         default_flow_style=False)
    return yaml.serialize(node, Dumper=dumper, allow_unicode=True, width=100)
