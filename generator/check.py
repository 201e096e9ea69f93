"""check: validate content/, templates and the links of the built site, writing nothing."""
from __future__ import annotations

from generator.config import Paths, Settings
from generator.content.loader import load
from generator.errors import Problem, SiteError
from generator.linkcheck import check_links
from generator.seeds import read_seeds


def check(paths: Paths, settings: Settings) -> list[Problem]:
    seeds, _, problems = read_seeds(paths.seeds)
    try:
        site = load(paths.root, settings, {s.name: s.checksum for s in seeds})
        problems.extend(site.warnings)
    except SiteError as err:
        problems.extend(err.problems)
    if paths.output.is_dir():
        problems.extend(check_links(paths.output, settings.base_path))
    return problems
