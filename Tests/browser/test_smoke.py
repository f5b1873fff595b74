"""Smoke test: the home page renders and is accessible."""

from support import check_accessibility, page_heading


def test_home_page_has_heading_and_is_accessible(server, browser):
    browser.get(server + "/")
    assert page_heading(browser), "the home page's <h1> is empty"
    check_accessibility(browser)


def test_home_page_works_without_javascript(server, browser_nojs):
    browser_nojs.get(server + "/")
    assert page_heading(browser_nojs), "the home page's <h1> is empty without JavaScript"
