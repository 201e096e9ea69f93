"""Shared fixtures: a site root in a temporary folder, built from the real seeds."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import CHROMIUM, CHROMIUM_ARGS, make_root, run_cli


@pytest.fixture(scope="session")
def built_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seeds, ingested and built once for the whole session, from an empty content/."""
    root = make_root(tmp_path_factory.mktemp("site"))
    result = run_cli("build", "--root", str(root))
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="session")
def browser():
    """One Chromium for every browser test: Playwright's sync API allows one driver per process."""
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
