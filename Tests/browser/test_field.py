"""Mobile working, end to end in a real browser.

A citizen books a bulky waste collection (the first date offered). A case
officer, created with the CLI, signs in (password, then an authenticator code
computed here), opens the case, and schedules a job for today for a field
worker. The field worker signs in on a phone-sized window (360 x 740), sees
today's job with its address and key answers, checks the maps link, records
the outcome with a photo, and the case moves to "Collected".

axe-core runs on every staff page visited; the page must never scroll sideways.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import uuid
from urllib.parse import parse_qs, urlsplit

from selenium.webdriver.common.by import By

from journey import ROUTES, SERVICES, Runner
from support import (
    answer,
    check_accessibility,
    check_error_summary,
    error_summary_messages,
    fill,
    navigate,
    page_heading,
    path_of,
    submit,
    totp_code,
    write_png,
)

PASSWORD = "staff passphrase for tests"
BULKY_WASTE = SERVICES["bulky-waste"]


def main_text(driver) -> str:
    return " ".join(driver.find_element(By.TAG_NAME, "main").text.split())


def expect_page(driver, path: str, heading: str) -> None:
    """On ``path``, with this <h1>, no error summary, and no axe violation."""
    __tracebackhide__ = True
    assert path_of(driver) == path, (
        f"expected {path}, on {driver.current_url} (errors {error_summary_messages(driver)})"
    )
    assert page_heading(driver) == heading, f"<h1> on {driver.current_url}: {page_heading(driver)!r}"
    assert not error_summary_messages(driver), error_summary_messages(driver)
    check_accessibility(driver)


def create_staff(onecouncil_bin, database, email: str, role: str, service: str) -> None:
    created = subprocess.run(
        [str(onecouncil_bin), "users", "create", "--email", email, "--role", role, "--service", service,
         "--database", f"sqlite://{database}"],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=60,
    )
    assert created.returncode == 0, f"users create failed: {created.stdout}\n{created.stderr}"


def enrol_staff(driver, base_url: str, email: str) -> None:
    """First sign-in: password, authenticator set-up (TOTP from the shared
    secret on the page), recovery codes, staff home."""
    driver.get(base_url + "/staff/sign-in")
    expect_page(driver, "/staff/sign-in", "Staff sign in")
    fill(driver, "email", email)
    fill(driver, "password", PASSWORD)
    submit(driver, "Continue")
    expect_page(driver, "/staff/mfa/set-up", "Set up your authenticator app")
    secret = driver.find_element(By.CSS_SELECTOR, "input[type=hidden][name=secret]").get_attribute("value")
    fill(driver, "code", totp_code(secret))
    submit(driver, "Continue")
    expect_page(driver, "/staff/mfa/set-up", "Save your recovery codes")
    navigate(driver, driver.find_element(By.LINK_TEXT, "Continue").click)
    expect_page(driver, "/staff", "Staff home")


def sign_out(driver) -> None:
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, "header nav.header-account a") if a.text.strip() == "Sign out"]
    assert links, "no Sign out link in the header"
    navigate(driver, links[0].click)
    submit(driver, "Sign out")


def one_value(database, sql: str, parameter: str):
    """The first column of the one row ``sql`` finds in the server's SQLite database (WAL: safe while it runs)."""
    connection = sqlite3.connect(str(database), timeout=10)
    try:
        row = connection.execute(sql, (parameter,)).fetchone()
    finally:
        connection.close()
    assert row, f"nothing found by {sql!r} for {parameter!r}"
    return row[0]


def no_sideways_scrolling(driver) -> None:
    __tracebackhide__ = True
    widths = driver.execute_script(
        "return [window.innerWidth, document.documentElement.scrollWidth, document.body.scrollWidth]"
    )
    assert widths[0] == 360, f"the window is {widths[0]} px wide, not 360"
    assert max(widths[1:]) <= widths[0], f"{driver.current_url} scrolls sideways at 360 px: content is {widths[1:]} px wide"


def phone_window(driver) -> None:
    """A 360 x 740 CSS-pixel phone screen (Chrome's device emulation, as a phone's browser lays pages out)."""
    driver.set_window_size(400, 800)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True,
    })


def test_a_field_worker_completes_a_job_on_a_phone_sized_window(server, server_database, onecouncil_bin, browser, tmp_path):
    driver = browser
    suffix = uuid.uuid4().hex[:8]
    officer = f"officer-{suffix}@council.example"
    worker = f"worker-{suffix}@council.example"

    # A citizen books a collection: the first date and slot offered.
    runner = Runner(driver, server, BULKY_WASTE.slug, language="en", axe="key")
    runner.start()
    runner.walk(ROUTES[BULKY_WASTE.slug](tmp_path))
    runner.at_check_answers()
    reference = runner.send(BULKY_WASTE.prefix)

    create_staff(onecouncil_bin, server_database, officer, "case-officer", BULKY_WASTE.slug)
    create_staff(onecouncil_bin, server_database, worker, "field-worker", BULKY_WASTE.slug)
    worker_id = one_value(server_database, "SELECT id FROM staff WHERE email = ?", worker)

    # The case officer schedules a job for today, for the field worker.
    enrol_staff(driver, server, officer)
    driver.get(f"{server}/backoffice/cases/{reference}")
    expect_page(driver, f"/backoffice/cases/{reference}", "Book a bulky waste collection")
    text = main_text(driver)
    assert "Schedule a job" in text and "Oban crew" in text, "the booked job (for the Oban crew) and the form are on the case page"
    today = driver.execute_script(
        "const d = new Date(); return [d.getDate(), d.getMonth() + 1, d.getFullYear()]"
    )
    # Nothing chosen: errors, on the "Schedule a job" page, accessible too.
    submit(driver, "Schedule job")
    assert path_of(driver) == f"/backoffice/cases/{reference}/visits"
    check_error_summary(driver, expected=["Enter the date of the job", "Select the time of the job", "Select who will do the job"])
    check_accessibility(driver)
    answer(driver, {
        "job-date-day": str(today[0]), "job-date-month": str(today[1]), "job-date-year": str(today[2]),
        "job-slot": "am", "job-assignee": f"staff:{worker_id}",
    })
    submit(driver, "Schedule job")
    expect_page(driver, f"/backoffice/cases/{reference}", "Book a bulky waste collection")
    assert "Job scheduled." in main_text(driver)
    assert worker in main_text(driver), "the job's field worker is on the case page"
    sign_out(driver)

    # The field worker, on a phone.
    phone_window(driver)
    enrol_staff(driver, server, worker)
    no_sideways_scrolling(driver)
    navigate(driver, driver.find_element(By.LINK_TEXT, "Field visits").click)
    expect_page(driver, "/field", "Today’s jobs")
    no_sideways_scrolling(driver)

    cards = driver.find_elements(By.CSS_SELECTOR, "ol.job-list > li.job-card")
    mine = [card for card in cards if reference in card.text]
    assert len(mine) == 1, f"today's job for {reference} is not on /field: {[c.text for c in cards]}"
    card = mine[0]
    card_text = " ".join(card.text.split())
    assert "Morning (7am to 12 noon): Collection" in card_text, card_text
    for shown in ("Flat 2", "5 Shore Road", "Oban", "PA34 4LY", "Items for collection", "Sofa, 1",
                  "At the back gate on the lane", "01632 960001", "Assigned to you"):
        assert shown in card_text, f"{shown!r} is not on the job card: {card_text}"
    assert "anna@example.org" not in card_text, "the card shows more than the key answers"

    # The maps link opens a maps search for the address.
    link = card.find_element(By.PARTIAL_LINK_TEXT, "Open in maps")
    href = link.get_attribute("href")
    parts = urlsplit(href)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.google.com", "/maps/search/"), href
    query = parse_qs(parts.query)
    assert query.get("api") == ["1"], href
    assert query.get("query") == ["Flat 2, 5 Shore Road, Oban, PA34 4LY"], href

    # Record the outcome, with a note and a photo.
    job_id = card.get_attribute("id")
    assert re.fullmatch(r"job-\d+", job_id or ""), job_id
    photo = write_png(tmp_path / "collected.png", width=8, height=6)
    driver.find_element(By.ID, f"{job_id}-outcome").click()
    driver.find_element(By.ID, f"{job_id}-notes").send_keys("Sofa was at the back gate; collected.")
    driver.find_element(By.ID, f"{job_id}-photo").send_keys(str(photo.resolve()))
    button = card.find_element(By.CSS_SELECTOR, "form.job-form button[type=submit]")
    assert button.size["width"] <= 360, f"the button is wider than the phone: {button.size}"
    navigate(driver, button.click)
    expect_page(driver, "/field", "Today’s jobs")
    no_sideways_scrolling(driver)
    text = main_text(driver)
    assert f"Outcome recorded for case {reference}: completed. The case is now Collected." in text, text
    done = driver.find_element(By.ID, job_id)
    assert "Recorded: Completed" in done.text and not done.find_elements(By.TAG_NAME, "form"), done.text
    assert one_value(server_database, "SELECT status FROM cases WHERE reference = ?", reference) == "collected"

    # The photo is kept with the job.
    driver.get(f"{server}/field/visits/{job_id.removeprefix('job-')}/photo")
    assert driver.execute_script("return document.contentType") == "image/png"
