"""check: validate seeds, content/, templates and the links of the site as it would be built.

Nothing is written: the site is rendered in memory and its links checked there, so the
answer is about the content as it is now, not about an older output/.
"""
from __future__ import annotations

import traceback
from dataclasses import replace
from pathlib import Path

import jinja2
from jinja2 import nodes

from generator.config import Paths, Settings
from generator.content.loader import load
from generator.errors import Problem, SiteError
from generator.linkcheck import check_links
from generator.seeds import read_seeds

TEMPLATE_SUFFIXES = (".html", ".xml", ".txt", ".json", ".js", ".css")


def theme_of(paths: Paths) -> Path:
    return paths.theme


def shown(filename: str | None, theme: Path, root: Path) -> str:
    """A template's path as the editor sees it: relative to the site root, else 'templates/…'."""
    if not filename:
        return "templates/"
    file = Path(filename).resolve()
    for base, prefix in ((root.resolve(), ""), (theme.resolve(), "templates/")):
        if file.is_relative_to(base):
            return prefix + file.relative_to(base).as_posix()
    return file.name


def template_problem(err: jinja2.TemplateError, theme: Path, root: Path) -> Problem:
    """One line for a template that fails to load or render, at the template's own line."""
    if isinstance(err, jinja2.TemplateSyntaxError):
        return Problem(shown(err.filename, theme, root), f"template syntax error: {err.message}",
                       err.lineno)
    # The innermost frame inside the theme is the line that asked for the missing template
    # or failed while rendering; Jinja2 rewrites its frames to point at template lines.
    frames = [f for f in traceback.extract_tb(err.__traceback__)
              if f.filename and Path(f.filename).suffix in TEMPLATE_SUFFIXES
              and Path(f.filename).resolve().is_relative_to(theme.resolve())]
    if isinstance(err, jinja2.TemplateNotFound):
        if frames:
            return Problem(shown(frames[-1].filename, theme, root),
                           f"template '{err.name}' not found in templates/",
                           frames[-1].lineno)
        return Problem(f"templates/{err.name}", "template not found (the site needs it)")
    if frames:
        return Problem(shown(frames[-1].filename, theme, root), f"template error: {err.message}",
                       frames[-1].lineno)
    return Problem("templates/", f"template error: {err.message}")


def check_templates(theme: Path, root: Path, needed: set[str]) -> list[Problem]:
    """Every template parses, every one it extends, includes or imports exists, and so does
    every template a page of the site is rendered with."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(theme)),
                             extensions=["jinja2.ext.do"])
    present = set(env.list_templates())
    problems = []
    for name in sorted(present):
        if name.startswith("static/") or not name.endswith(TEMPLATE_SUFFIXES):
            continue
        file = theme / name
        try:
            tree = env.parse(file.read_text(encoding="utf-8"), name, str(file))
        except jinja2.TemplateSyntaxError as err:
            problems.append(template_problem(err, theme, root))
            continue
        except UnicodeDecodeError:
            problems.append(Problem(shown(str(file), theme, root), "not UTF-8 text"))
            continue
        for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
            ref = node.template
            if isinstance(ref, nodes.Const) and isinstance(ref.value, str) and ref.value not in present:
                if isinstance(node, nodes.Include) and node.ignore_missing:
                    continue
                problems.append(Problem(shown(str(file), theme, root),
                                        f"template '{ref.value}' not found in templates/",
                                        node.lineno))
    for name in sorted(needed - present):
        problems.append(Problem(f"templates/{name}", "template not found (the site needs it)"))
    return problems


def check(paths: Paths, settings: Settings) -> list[Problem]:
    """Every problem with the site, errors and warnings, without writing a file."""
    from generator.render import render_site
    from generator.render.pages import pages

    seeds, _, problems = read_seeds(paths.seeds)
    try:
        site = load(paths.root, settings, {s.name: s.checksum for s in seeds})
    except SiteError as err:
        return problems + err.problems
    problems.extend(site.warnings)
    theme = theme_of(paths)
    needed = {p.template for p in pages(site, settings)}
    template_problems = check_templates(theme, paths.root, needed)
    if template_problems:
        return problems + template_problems
    try:
        files = render_site(site, settings, paths.templates if paths.templates.is_dir() else None)
    except jinja2.TemplateError as err:
        return problems + [template_problem(err, theme, paths.root)]
    problems.extend(check_links(files, settings.base_path, settings.absolute_base))
    return problems


def strict_problems(warnings: list[Problem], files: dict[str, bytes], settings: Settings,
                    paths: Paths) -> list[Problem]:
    """What `--strict` refuses: every warning, every template that would fail (used or not),
    and every broken link or #anchor of the rendered site."""
    return ([replace(w, warning=False) for w in warnings]
            + check_templates(theme_of(paths), paths.root, set())
            + check_links(files, settings.base_path, settings.absolute_base))
