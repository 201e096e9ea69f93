"""The command line: build, ingest, check and serve a site."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator import __version__
from generator.config import Paths, base_url_problem, load_settings
from generator.errors import SiteError

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn news articles in seeds/ into cited fact sheets: content/ entries and a static site in output/.")
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--root", default=".", metavar="DIR",
                       help="the site's folder, holding seeds/, content/ and optional templates/ "
                            "and site.yaml (default: the current folder)")
        p.add_argument("--base-url", metavar="URL",
                       help="where the site is published, e.g. https://user.github.io/repo/ "
                            "(overrides base_url in site.yaml)")

    b = sub.add_parser("build", help="ingest new and changed articles, then render the site into output/",
                       description="Ingest seeds/ into content/, validate it, and render the site into DIR/output.")
    common(b)
    b.add_argument("--no-ingest", action="store_true", help="render from content/ as it is, without reading seeds/")
    b.add_argument("--strict", action="store_true", help="treat warnings as errors")

    i = sub.add_parser("ingest", help="only turn seeds/ into content/ entries",
                       description="Read every article in seeds/ and update the entries in content/.")
    common(i)

    c = sub.add_parser("check", help="validate content/ and the built site without writing anything",
                       description="Validate every entry, reference and template, and the links of the built site.")
    common(c)
    c.add_argument("--strict", action="store_true", help="treat warnings as errors")

    s = sub.add_parser("serve", help="build, serve on localhost and rebuild on every save",
                       description="Preview the site with live reload while you edit.")
    common(s)
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    s.add_argument("--base-path", metavar="PATH", help="serve under this path, e.g. /repo/ (default: the base URL's path)")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not args.command:
        parser().print_help()
        return EXIT_USAGE
    root = Path(args.root).resolve()
    if not root.is_dir():
        print(f"error: --root {args.root}: no such folder", file=sys.stderr)
        return EXIT_USAGE
    if args.base_url is not None and (why := base_url_problem(args.base_url)):
        print(f"error: --base-url: {why}", file=sys.stderr)
        return EXIT_USAGE
    paths = Paths(root)
    try:
        settings = load_settings(paths.settings, base_url=args.base_url)
        if args.command == "build":
            from generator.state import nothing_to_do      # before the rest of the generator loads
            result = None if args.strict else nothing_to_do(paths, settings, not args.no_ingest)
            if result is None:
                from generator.build import build
                result = build(paths, settings, do_ingest=not args.no_ingest, strict=args.strict,
                               looked=not args.strict)
            for w in result.warnings:
                print(w, file=sys.stderr)
            print(result.summary())
        elif args.command == "ingest":
            from generator.build import ingest
            _, notes = ingest(paths)
            for w in notes:
                print(w, file=sys.stderr)
            print(f"Ingested seeds into {paths.content}")
        elif args.command == "check":
            from generator.check import check
            problems = check(paths, settings)
            for p in problems:
                print(p, file=sys.stderr)
            failing = [p for p in problems if args.strict or not p.warning]
            if failing:
                return EXIT_PROBLEMS
            print("No problems found.")
        elif args.command == "serve":
            from generator.serve import serve
            return serve(paths, settings, host=args.host, port=args.port, base_path=args.base_path,
                         base_url=args.base_url)
    except SiteError as err:
        for p in err.problems:
            print(p, file=sys.stderr)
        return EXIT_PROBLEMS
    except Exception as err:
        # a template failing anywhere the build does not catch it: still one line, never a traceback
        # (Jinja is loaded only by builds that render, so only then can its errors occur)
        jinja2 = sys.modules.get("jinja2")
        if jinja2 is None or not isinstance(err, jinja2.TemplateError):
            raise
        from generator.check import template_problem, theme_of
        print(template_problem(err, theme_of(paths), paths.root), file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    return EXIT_OK
