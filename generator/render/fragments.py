"""The pieces every fact sheet repeats: a citation mark, a quote, an event, a source in a list.

They are written here in Python rather than as Jinja macros because a large site renders them
hundreds of thousands of times (a quote appears on its speaker's page, the pages of the actors
it mentions, its topics' pages, its source's page and the quotes page). The HTML is exactly
what the macros in templates/_macros.html made; those macros now call these functions, so a
theme may still import and use them, or write its own.
"""
from __future__ import annotations

from typing import Callable

from markupsafe import Markup, escape

from generator.model import Event, Quote, Site, Source
from generator.render.views import ActorRefs


class Fragments:
    def __init__(self, site: Site, url: Callable[[str], str], refs: ActorRefs,
                 show_date: Callable[[str | None, str | None], str], before: "Fragments | None" = None) -> None:
        """`before`: the last render's, with the same links (`url`); what it wrote of a source
        that is the same object now, with the same actors and topics, is written the same now
        (a rebuild renders again the pages of a listing an edit shifted, thousands of events
        and quotes that were written last time)."""
        self.site = site
        self.url = url
        self.refs = refs
        self.show_date = show_date
        self._cites: dict[str, str] = {}
        self._actor_links: dict[str, str] = {}
        self._topic_items: dict[str, str] = {}
        self._note_parts: dict[str, tuple[str, str, str]] = {}
        self._source_items: dict[str, str] = {}
        # a quote or event shows on several pages, with the same words linked the same way: by
        # source, (text, paragraph, skip) -> the words linked
        self._linked: dict[str, dict[tuple[str, int, str | None], str]] = {}
        # by source, (id of the quote or event, how it is shown) -> (it, its HTML before the
        # page's citation mark, after it); the item is kept alive, so its id stays its own
        self._items: dict[str, dict[tuple, tuple[object, str, str]]] = {}
        if before is not None and before.site.actors == site.actors and before.site.topics == site.topics:
            self._cites, self._actor_links, self._topic_items = before._cites, before._actor_links, before._topic_items
            old = before.site.sources
            for sid, source in site.sources.items():
                if old.get(sid) is source:
                    for mine, theirs in ((self._linked, before._linked), (self._items, before._items),
                                         (self._note_parts, before._note_parts),
                                         (self._source_items, before._source_items)):
                        got = theirs.get(sid)
                        if got is not None:
                            mine[sid] = got

    # -- pieces

    def linkify(self, text: str, source: str, paragraph: int, skip: str | None = None) -> str:
        """Quoted or excerpted words, with the names of actors the paragraph mentions linked."""
        mine = self._linked.get(source)
        if mine is None:
            mine = self._linked[source] = {}
        key = (text, paragraph, skip)
        got = mine.get(key)
        if got is None:
            got = mine[key] = self._linkify(text, source, paragraph, skip)
        return got

    def _linkify(self, text: str, source: str, paragraph: int, skip: str | None) -> str:
        out, last = [], 0
        url = self.url
        for start, end, aid in self.refs(text, source, paragraph, skip):
            out.append(escape(text[last:start]))
            out.append(f'<a class="actor-ref" href="{escape(url(f"actors/{aid}/"))}">'
                       f'{escape(text[start:end])}</a>')
            last = end
        out.append(escape(text[last:]))
        return "".join(out)

    def cite(self, notes, source_id: str, n: int) -> str:
        """A numbered mark linking the cited paragraph. The paragraph's words are not repeated
        here: a page cites thousands of paragraphs, and a copy in each mark was a third of
        the site's bytes. static/cite.js shows them on hover and focus, read once per source
        from the source page the mark links to; without a script the link is the way there."""
        k = notes.number(source_id, n)
        head = self._cites.get(source_id)
        if head is None:
            head = self._cites[source_id] = (
                f'<span class="cite"><a href="{escape(self.url("sources/" + str(source_id) + "/"))}#p')
        return f'{head}{n}">[<span class="vh">source </span>{k}]</a></span>'

    def actor_link(self, aid: str) -> str:
        got = self._actor_links.get(aid)
        if got is None:
            actor = self.site.actors.get(aid)
            got = (f'<a href="{escape(self.url("actors/" + str(aid) + "/"))}">{escape(actor.name)}</a>'
                   if actor is not None else str(escape(aid)))
            self._actor_links[aid] = got
        return got

    def chips(self, topic_ids, skip: str | None = None) -> str:
        topics = self.site.topics
        known = [t for t in topic_ids if t in topics and not t == skip]
        if not known:
            return ""
        items = self._topic_items
        out = ['<ul class="chips" aria-label="Topics">']
        for tid in known:
            item = items.get(tid)
            if item is None:
                item = items[tid] = (f'<li><a href="{escape(self.url("topics/" + str(tid) + "/"))}">'
                                     f'{escape(topics[tid].name)}</a></li>')
            out.append(item)
        out.append("</ul>")
        return "".join(out)

    def _kept(self, item: Quote | Event, how: tuple) -> tuple[object, str, str] | None:
        got = self._items.get(item.source, {}).get((id(item), *how))
        return got if got is not None and got[0] is item else None

    def _keep(self, item: Quote | Event, how: tuple, head: str, tail: str) -> None:
        mine = self._items.get(item.source)
        if mine is None:
            mine = self._items[item.source] = {}
        mine[(id(item), *how)] = (item, head, tail)

    def quote(self, notes, q: Quote, show_speaker: bool = True, skip: str | None = None,
              topic: str | None = None) -> str:
        how = ("q", show_speaker, skip, topic)
        got = self._kept(q, how)
        if got is None:
            head, tail = self._quote_parts(q, show_speaker, skip, topic)
            self._keep(q, how, head, tail)
        else:
            _, head, tail = got
        return f'{head}{self.cite(notes, q.source, q.paragraph)}{tail}'

    def _quote_parts(self, q: Quote, show_speaker: bool, skip: str | None, topic: str | None) -> tuple[str, str]:
        source = self.site.sources[q.source]
        if show_speaker:
            if q.speaker:
                who = self.actor_link(q.speaker)
                if q.corrected:
                    who += ' <span class="meta">(speaker set by an editor)</span>'
            else:
                who = '<span class="unknown">Speaker not established</span>'
            who += '<span class="sep"> · </span>'
        else:
            who = ""
        return (f'<figure class="quote"><blockquote><p>“{self.linkify(q.text, q.source, q.paragraph, skip)}'
                f'”</p></blockquote><figcaption>{who}<span class="when">'
                f'{escape(self.show_date(source.published, source.published_precision))}</span>',
                f'{self.chips(q.topics, topic)}</figcaption></figure>')

    def event_item(self, notes, e: Event, skip: str | None = None) -> str:
        how = ("e", skip)
        got = self._kept(e, how)
        if got is None:
            only = f' <span class="meta">({escape(e.precision)} only)</span>' if e.precision != "day" else ""
            head = (f'<li class="event"><span class="when" data-precision="{escape(e.precision)}">'
                    f'{escape(self.show_date(e.date, e.precision))}{only}</span> <span class="what">'
                    f'{self.linkify(e.text, e.source, e.paragraph, skip)}</span>')
            self._keep(e, how, head, "</li>")
        else:
            head = got[1]
        return f'{head}{self.cite(notes, e.source, e.paragraph)}</li>'

    def source_item(self, s: Source) -> str:
        got = self._source_items.get(s.id)
        if got is None:
            got = self._source_items[s.id] = self._source_item(s)
        return got

    def _source_item(self, s: Source) -> str:
        return (f'<li><a href="{escape(self.url("sources/" + str(s.id) + "/"))}">{escape(s.title)}</a> '
                f'<span class="meta">{escape(s.publisher or "publisher not established")} · '
                f'{escape(self.show_date(s.published, s.published_precision))}</span></li>')

    def notes(self, cited: list[tuple[int, str, int]]) -> str:
        """The lines of a page's "Sources cited" list, one per cited paragraph."""
        lines = []
        for k, sid, n in cited:
            where = self._note_parts.get(sid)
            if where is None:
                s = self.site.sources[sid]
                where = self._note_parts[sid] = (
                    escape(self.url("sources/" + str(sid) + "/")),
                    f'{escape(s.title)}</a>, ¶',
                    f' <span class="meta">· {escape(s.publisher or "publisher not established")} · '
                    f'{escape(self.show_date(s.published, s.published_precision))}</span></li>')
            href, title, meta = where
            lines.append(f'    <li id="note-{k}" value="{k}"><a href="{href}#p{n}">{title}{n}{meta}')
        return "\n".join(lines)
