"""Demo mode in a real browser: ``onecouncil serve --demo`` on a fresh
database prints how to sign in; each demo account (one per role) signs in with
the printed password and the code the ``/demo`` page shows, and from staff home
reaches every area its roles open by following links alone, each page answering
200 with its heading.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import tempfile
import time
from typing import Iterator
from urllib.parse import urlsplit

import pytest
import requests
from selenium.webdriver.common.by import By

from conftest import REPO_ROOT, _free_port, _server_binary, _stop, _wait_until_healthy
from support import check_accessibility, fill, follow_link, page_heading, path_of, submit, summary_list

DOMAIN = "demo.onecouncil.invalid"
PASSWORD = "demo-only-password"

# The areas each role's staff home links to (the staff navigation), in order.
AREAS = {
    "administrator": ["/admin", "/admin/jobs", "/admin/outbox", "/admin/webhooks", "/admin/api-clients", "/admin/audit"],
    "service-designer": ["/designer"],
    "case-officer": ["/backoffice"],
    "field-worker": ["/field"],
    "customer-service-agent": ["/backoffice", "/backoffice/assisted"],
    "analyst": ["/analytics"],
    "strategy-lead": ["/analytics", "/backoffice/strategy"],
}


@pytest.fixture(scope="module")
def demo_server() -> Iterator[tuple[str, str]]:
    """A server started with --demo on a fresh SQLite database: (base URL, what it printed)."""
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="onecouncil-demo-"))
    log_path = workdir / "server.log"
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, ONECOUNCIL_COOKIE_SECURE="false")
    command = [str(_server_binary()), "serve", "--demo", "--host", "127.0.0.1", "--port", str(port),
               "--database", f"sqlite://{workdir / 'onecouncil.sqlite'}"]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL,
                                   stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_until_healthy(base_url, process, log_path)
        yield base_url, log_path.read_text(encoding="utf-8", errors="replace")
    finally:
        _stop(process)
        shutil.rmtree(workdir, ignore_errors=True)


def test_the_server_prints_how_to_sign_in(demo_server):
    base_url, printed = demo_server
    assert "DEMO MODE" in printed, printed
    assert f"{base_url}/staff/sign-in" in printed
    assert f"{base_url}/demo" in printed
    assert PASSWORD in printed
    for role in AREAS:
        assert f"{role}@{DOMAIN}" in printed


def status_of(driver, url: str) -> int:
    """The status the current browser session's cookies get for ``url``."""
    cookies = {cookie["name"]: cookie["value"] for cookie in driver.get_cookies()}
    return requests.get(url, cookies=cookies, allow_redirects=False, timeout=10).status_code


# The last code each account signed in with: the server refuses a code's time step twice (no replays), so a second
# sign-in waits for the next one.
CODES_USED: dict[str, str] = {}


def sign_in_as(browser, base_url: str, role: str) -> None:
    """The evaluator's way in: the demo page for the current code, then the sign-in link on it."""
    email = f"{role}@{DOMAIN}"
    deadline = time.monotonic() + 40
    while True:
        browser.get(base_url + "/demo")
        assert page_heading(browser) == "Demo accounts"
        code = summary_list(browser)["Security code now"]
        if CODES_USED.get(role) != code or time.monotonic() > deadline:
            break
        time.sleep(2)
    CODES_USED[role] = code
    follow_link(browser, text="Sign in as staff")
    assert path_of(browser) == "/staff/sign-in"
    fill(browser, "email", email)
    fill(browser, "password", PASSWORD)
    submit(browser, "Continue")
    assert path_of(browser) == "/staff/mfa", browser.current_url
    fill(browser, "code", code)
    submit(browser, "Sign in")
    assert path_of(browser) == "/staff", browser.current_url
    assert page_heading(browser) == "Staff home"


@pytest.mark.parametrize("role", list(AREAS))
def test_each_demo_role_reaches_its_areas_from_staff_home(demo_server, browser, role):
    base_url, _ = demo_server
    sign_in_as(browser, base_url, role)

    main_links = [urlsplit(link.get_attribute("href")).path
                  for link in browser.find_elements(By.CSS_SELECTOR, "main a[href]")]
    areas = [path for path in main_links if path in AREAS[role]]
    assert areas == AREAS[role], f"staff home of {role} links {main_links}"
    for area in AREAS[role]:
        follow_link(browser, href=area)
        assert path_of(browser) == area
        heading = page_heading(browser)
        assert heading and heading not in ("Page not found", "You cannot see this page"), f"{area}: {heading!r}"
        assert status_of(browser, base_url + area) == 200, area
        follow_link(browser, text="Staff home")
        assert path_of(browser) == "/staff"


# Addresses a crawl of staff pages leaves alone: files, and links that change something or end the session.
NOT_PAGES = ("/staff/sign-out", "/export.csv", "/photo", "/files/", "/evidence")
WIDTHS = {"desktop": (1280, 900), "phone": (360, 740)}


def staff_pages(browser, base_url: str, role: str, per_area: int = 6) -> list[str]:
    """Staff home, each area the role's navigation opens, and up to ``per_area`` distinct pages linked from the
    main content of each area page (a case, a member of staff, a visit, a filter, a page of the list…)."""
    pages = ["/staff"] + AREAS[role]
    for area in AREAS[role]:
        browser.get(base_url + area)
        found = 0
        for link in browser.find_elements(By.CSS_SELECTOR, "main a[href]"):
            target = urlsplit(link.get_attribute("href") or "")
            address = target.path + (f"?{target.query}" if target.query else "")
            if target.netloc != urlsplit(base_url).netloc or any(part in target.path for part in NOT_PAGES):
                continue
            if not target.path.startswith(("/backoffice", "/admin", "/field", "/designer", "/staff")) or address in pages:
                continue
            pages.append(address)
            found += 1
            if found == per_area:
                break
    return pages


@pytest.mark.parametrize("role", list(AREAS))
def test_every_staff_page_of_each_role_passes_axe_at_desktop_and_phone_width(demo_server, browser, role):
    """axe-core's WCAG 2.2 AA rules and the best-practice `region` rule (no content outside a landmark) on every
    staff page a role reaches, at 1280 and at 360 pixels wide."""
    base_url, _ = demo_server
    sign_in_as(browser, base_url, role)
    pages = staff_pages(browser, base_url, role)
    assert len(pages) > len(AREAS[role]), f"{role}: found no pages inside its areas: {pages}"
    try:
        for name, (width, height) in WIDTHS.items():
            browser.set_window_size(width, height)
            for page in pages:
                browser.get(base_url + page)
                assert page_heading(browser), f"{page} at {name} width has no heading"
                check_accessibility(browser, best_practice=("region",))
                overflow = browser.execute_script(
                    "return document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth;")
                assert overflow <= 0, f"{page} scrolls sideways by {overflow}px at {name} width"
    finally:
        browser.set_window_size(1280, 1024)
