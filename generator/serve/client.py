"""What the preview adds to a served page: the reload script, the overlay's style, the tag that loads them.

The site's pages forbid inline scripts and styles (Content-Security-Policy: default-src 'self'), so both
are served as files of their own under /__generator/ and only ever by the preview, never by `build`.
"""
from __future__ import annotations

import html
import re

PREFIX = "/__generator/"

# Listens for builds; reloads the page when its own file changed, swaps stylesheets in place when only
# CSS changed, and shows a failed build's problems over the last good page.
RELOAD_JS = r"""(() => {
  "use strict";
  const me = document.currentScript;
  const shown = me.dataset.build;
  const mine = (me.dataset.pages || "").split(" ").filter(Boolean);
  const root = "/__generator/";
  let host = null;

  function hideProblems() {
    if (host) { host.remove(); host = null; }
  }

  function showProblems(problems, build) {
    hideProblems();
    host = document.createElement("div");
    host.id = "generator-overlay";
    const shadow = host.attachShadow({ mode: "open" });
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = root + "overlay.css";
    const box = document.createElement("section");
    box.className = "box";
    box.setAttribute("role", "alert");
    const title = document.createElement("h2");
    title.textContent = "The site could not be rebuilt";
    const note = document.createElement("p");
    note.textContent = build.endsWith(".0")
      ? "Nothing has been built yet. Fix the problems below and save: this page reloads by itself."
      : "You are looking at the last good version. Fix the problems below and save: this message goes away by itself.";
    const list = document.createElement("ul");
    for (const p of problems) {
      const item = document.createElement("li");
      const where = document.createElement("code");
      where.textContent = p.line ? p.path + ":" + p.line : p.path;
      item.append(where, document.createTextNode(" " + p.message));
      list.append(item);
    }
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.addEventListener("click", hideProblems);
    box.append(title, note, list, close);
    shadow.append(css, box);
    document.documentElement.append(host);
  }

  function swapStylesheets() {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href, location.href);
      url.searchParams.set("__generator", Date.now());
      link.href = url.href;
    }
  }

  const events = new EventSource(root + "events");
  events.addEventListener("build", (message) => {
    const state = JSON.parse(message.data);
    document.documentElement.dataset.preview = "live";   // connected: saves now show up here
    if (state.build !== shown && (state.hello || mine.includes("*"))) { location.reload(); return; }
    if (state.problems.length) { showProblems(state.problems, state.build); return; }
    hideProblems();
    const changed = state.changed;
    if (changed === null || changed.some((path) => mine.includes(path))) { location.reload(); return; }
    // The theme's own files show on every page; data, feeds and the search index do not.
    const theme = changed.filter((path) => path.startsWith("static/"));
    if (theme.some((path) => !path.endsWith(".css"))) { location.reload(); return; }
    if (theme.length) swapStylesheets();
  });
})();
"""

OVERLAY_CSS = """:host { all: initial; }
.box { position: fixed; z-index: 2147483647; top: 1rem; left: 50%; transform: translateX(-50%);
  width: min(44rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); overflow: auto; box-sizing: border-box;
  padding: 1rem 1.25rem; background: #fff8f6; color: #3b0d06; border: 2px solid #b3261e; border-radius: 6px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, .25); font: 15px/1.5 system-ui, sans-serif; }
h2 { margin: 0 0 .5rem; font-size: 1.1rem; color: #b3261e; }
p { margin: 0 0 .5rem; }
ul { margin: 0 0 .75rem; padding-left: 1.2rem; }
li { margin: .25rem 0; }
code { font: 13px/1.4 ui-monospace, monospace; font-weight: bold; }
button { font: inherit; padding: .2rem .8rem; }
"""

_HEAD_END = re.compile(rb"</head\s*>", re.I)
_BODY_END = re.compile(rb"</body\s*>", re.I)


def script_tag(build: str, pages: list[str]) -> bytes:
    """The tag that loads the reload script; it knows which build and which files the page shows."""
    return (f'<script src="{PREFIX}reload.js" data-build="{html.escape(build)}" '
            f'data-pages="{html.escape(" ".join(pages))}" defer></script>').encode()


def inject(page: bytes, build: str, pages: list[str]) -> bytes:
    """The page with the reload script added before </head> (or </body>, or at the end)."""
    tag = script_tag(build, pages)
    for pattern in (_HEAD_END, _BODY_END):
        match = pattern.search(page)
        if match:
            return page[:match.start()] + tag + page[match.start():]
    return page + tag
