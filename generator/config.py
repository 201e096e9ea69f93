"""Site settings: one optional YAML file at the site root, every key with a default."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from pathlib import Path
from urllib.parse import urlsplit

import re

import yaml

from generator.errors import Problem, SiteError

SETTINGS_FILE = "site.yaml"
DEFAULT_THEME = Path(__file__).resolve().parent.parent / "templates"   # the theme that ships

# Settings that end up in links or files: what they may look like, in words for the editor.
VALUE_RULES = {
    "base_url": (re.compile(r"(https?://[A-Za-z0-9.-]+(:\d+)?)?/?[A-Za-z0-9._~/-]*", re.I),
                 "a web address like https://user.github.io/repo/ or a path like /repo/"),
    "domain": (re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"),
               "a host name like facts.example.org, without https:// or a path"),
    "corrections": (re.compile(r"https?://\S+|mailto:\S+@\S+|[^\s@/:]+@[^\s@/]+\.[^\s@/]+", re.I),
                    "a web address (https://...) or an e-mail address"),
    "language": (re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"), "a language tag like en or en-GB"),
}


@dataclass(frozen=True)
class Settings:
    title: str = "Fact sheets"
    description: str = "Cited fact sheets on the people and institutions in the news we follow."
    base_url: str = "/"           # "https://user.github.io/repo/" or "/" for a root site
    language: str = "en"
    domain: str = ""              # custom domain for GitHub Pages; written to CNAME
    corrections: str = ""         # where readers send corrections (a URL or e-mail address)
    full_text: bool = False       # site-wide default for reproducing whole articles

    @property
    def base_path(self) -> str:
        """The URL path the site lives under, always with leading and trailing slash."""
        path = urlsplit(self.base_url).path or "/"
        return "/" + path.strip("/") + "/" if path.strip("/") else "/"

    @property
    def absolute_base(self) -> str:
        """Scheme and host when the base URL has them, else empty."""
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


@dataclass(frozen=True)
class Paths:
    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def templates(self) -> Path:
        return self.root / "templates"

    @property
    def output(self) -> Path:
        return self.root / "output"

    @property
    def cache(self) -> Path:
        return self.root / ".cache"

    @property
    def settings(self) -> Path:
        return self.root / SETTINGS_FILE

    @property
    def theme(self) -> Path:
        """The site's own templates/ when it has one, else the theme that ships with the generator."""
        return self.templates if self.templates.is_dir() else DEFAULT_THEME


def load_settings(path: Path, **overrides: object) -> Settings:
    """Read the settings file if there is one; command-line overrides win."""
    data: dict = {}
    if path.exists():
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as err:
            line = getattr(getattr(err, "problem_mark", None), "line", None)
            raise SiteError([Problem(path.name, f"not valid YAML: {getattr(err, 'problem', err)}",
                                     line + 1 if line is not None else None)]) from None
        except UnicodeDecodeError:
            raise SiteError([Problem(path.name, "not UTF-8 text")]) from None
        if not isinstance(data, dict):
            raise SiteError([Problem(path.name, "must be a mapping of setting: value")])
    known = {f.name: f for f in fields(Settings)}
    problems = []
    for key, value in data.items():
        if key not in known:
            problems.append(Problem(path.name, f"unknown setting '{key}' (known: {', '.join(known)})"))
        elif not isinstance(value, type(getattr(Settings, key))):
            problems.append(Problem(path.name, f"'{key}' must be a {type(getattr(Settings, key)).__name__}"))
    for key, value in data.items():
        if key in VALUE_RULES and isinstance(value, str) and value and not VALUE_RULES[key][0].fullmatch(value):
            problems.append(Problem(path.name, f"'{key}' must be {VALUE_RULES[key][1]}", _line_of(path, key)))
    if problems:
        raise SiteError(problems)
    settings = Settings(**data)
    return replace(settings, **{k: v for k, v in overrides.items() if v is not None})


def _line_of(path: Path, key: str) -> int | None:
    text = path.read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(key)}\s*:", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


def base_url_problem(value: str) -> str | None:
    """Why a base URL cannot be used, or None: it becomes the prefix of every link."""
    if VALUE_RULES["base_url"][0].fullmatch(value):
        return None
    return f"the base URL must be {VALUE_RULES['base_url'][1]}, not {value!r}"
