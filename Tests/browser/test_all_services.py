"""Every sample service, in English and in Gaelic, from the start page to the
confirmation and its printable copy, with axe-core on every page."""

from __future__ import annotations

import os

import pytest

from journey import ROUTES, SERVICES, Runner

LANGUAGES = ["en", "gd"]

# Accessibility checks on every page ("all"), or only on the key pages ("key":
# start, first question, error pages, check answers, confirmation, printable
# copy) if the suite gets too slow. Override with ONECOUNCIL_AXE_GAELIC.
AXE_GAELIC = os.environ.get("ONECOUNCIL_AXE_GAELIC", "all")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", sorted(SERVICES))
def test_complete_service(server, browser, tmp_path, slug, language):
    service = SERVICES[slug]
    runner = Runner(browser, server, slug, language=language,
                    axe="all" if language == "en" else AXE_GAELIC)
    runner.complete(ROUTES[slug](tmp_path), service.prefix)
