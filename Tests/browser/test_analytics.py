"""The analyst's dashboards in a real browser: an analyst walks through every
dashboard, sets a date range, filters by area and downloads a table as CSV,
with JavaScript on (axe-core clean at 1280 px and on a 360 px phone screen,
where nothing scrolls sideways) and with JavaScript off. The figures are seeded
by inserting counter rows into the server's SQLite database, as the recorder
leaves them.
"""

from __future__ import annotations

import datetime
import sqlite3
import uuid

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import check_accessibility, follow_link, path_of, submit
from test_accounts import expect_page, main_text
from test_back_office import create_staff, enrol_and_sign_in
from test_field import no_sideways_scrolling, phone_window

SERVICE = "report-a-pothole"
DASHBOARDS = [
    ("/analytics", "Analytics"),
    ("/analytics/demand", "Demand"),
    ("/analytics/completion", "Completion and drop-off"),
    ("/analytics/satisfaction", "User satisfaction"),
    ("/analytics/costs", "Cost per transaction"),
    ("/analytics/decisions", "Decisions and backlog"),
    ("/analytics/areas", "By area"),
]


def council_day(day: datetime.date) -> int:
    return (day - datetime.date(1970, 1, 1)).days


def seed(database, suffix: str) -> tuple[str, str]:
    """Two wards and a fortnight of counters for the pothole service; returns the wards' names."""
    today = council_day(datetime.date.today())
    harbour, hill = f"Harbour {suffix}", f"Hill {suffix}"
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.executemany("INSERT INTO areas (code, name, kind) VALUES (?, ?, 'ward')",
                                   [(f"H{suffix}", harbour), (f"L{suffix}", hill)])
            rows = []
            for offset in range(14):
                area = f"H{suffix}" if offset % 2 else f"L{suffix}"
                rows += [
                    (SERVICE, today - offset, "started", "", 1, "online", "en", area, 10),
                    (SERVICE, today - offset, "page", "immediate-danger", 1, "online", "en", area, 9),
                    (SERVICE, today - offset, "submitted", "", 1, "online", "en", area, 7),
                    (SERVICE, today - offset, "submitted", "", 1, "phone", "en", area, 1),
                    (SERVICE, today - offset, "decided", str(offset % 5), 1, "online", "en", area, 2),
                    (SERVICE, today - offset, "in_target", "", 1, "online", "en", area, 2),
                    (SERVICE, today - offset, "feedback", "5", 1, "online", "en", area, 1),
                ]
            connection.executemany(
                "INSERT INTO measure_counts (service_slug, day, measure, detail, version, channel, language, area, count) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count", rows)
    finally:
        connection.close()
    return harbour, hill


def walk_the_dashboards(driver, server, *, axe: bool) -> None:
    driver.get(server + "/analytics")
    for path, heading in DASHBOARDS:
        if path != "/analytics":
            follow_link(driver, href=path)
        expect_page(driver, path, heading, axe=axe)
        assert "Counts only" in main_text(driver)


def download_csv(driver, server) -> str:
    link = driver.find_element(By.CSS_SELECTOR, "main a[download][href*='format=csv']")
    cookies = {cookie["name"]: cookie["value"] for cookie in driver.get_cookies()}
    response = requests.get(link.get_attribute("href"), cookies=cookies, timeout=30)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    return response.text


def test_an_analyst_walks_the_dashboards_with_javascript(server, server_database, onecouncil_bin, browser):
    driver = browser
    suffix = uuid.uuid4().hex[:6]
    harbour, hill = seed(server_database, suffix)
    analyst = f"analyst-{suffix}@council.example"
    create_staff(onecouncil_bin, server_database, analyst, "analyst")
    enrol_and_sign_in(driver, server, analyst, axe=False)
    driver.set_window_size(1280, 1024)
    walk_the_dashboards(driver, server, axe=True)

    # A date range: the last week, typed into the form.
    follow_link(driver, href="/analytics/demand")
    week_ago = (datetime.date.today() - datetime.timedelta(days=6)).isoformat()
    for name, value in (("from", week_ago), ("to", datetime.date.today().isoformat())):
        driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.NAME, name), value)
    submit(driver, "Show figures")
    assert path_of(driver) == "/analytics/demand"
    assert f"from={week_ago}" in driver.current_url
    rows = driver.find_elements(By.CSS_SELECTOR, "main table")[0].find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) == 7, "one row a day for the week"
    check_accessibility(driver)

    # An area: only that ward's row on the areas dashboard, and its figures.
    follow_link(driver, href="/analytics/areas")
    Select(driver.find_element(By.NAME, "area")).select_by_visible_text(harbour)
    submit(driver, "Show figures")
    expect_page(driver, "/analytics/areas", "By area")
    text = main_text(driver)
    assert harbour in text
    assert hill not in [cell.text for cell in driver.find_elements(By.CSS_SELECTOR, "main tbody th")]

    # The table as CSV.
    csv = download_csv(driver, server)
    assert csv.startswith("Area,Submitted,Digital take-up,Completion rate")
    assert harbour in csv and hill not in csv

    # A phone screen: accessible, nothing scrolls sideways.
    phone_window(driver)
    driver.get(server + "/analytics/demand")
    expect_page(driver, "/analytics/demand", "Demand")
    no_sideways_scrolling(driver)


def test_an_analyst_walks_the_dashboards_without_javascript(server, server_database, onecouncil_bin, browser_nojs):
    driver = browser_nojs
    suffix = uuid.uuid4().hex[:6]
    harbour, _ = seed(server_database, suffix)
    analyst = f"analyst-nojs-{suffix}@council.example"
    create_staff(onecouncil_bin, server_database, analyst, "analyst", SERVICE)
    enrol_and_sign_in(driver, server, analyst, axe=False)
    walk_the_dashboards(driver, server, axe=False)

    # The filter form is a GET form: the date range and the area travel in the address.
    yesterday = (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    driver.get(f"{server}/analytics/completion?from={yesterday}&to={datetime.date.today().isoformat()}")
    expect_page(driver, "/analytics/completion", "Completion and drop-off", axe=False)
    follow_link(driver, text="Drop-off for Report a pothole, version 1")
    assert "Pages answered: Report a pothole, version 1" in main_text(driver)
    Select(driver.find_element(By.NAME, "area")).select_by_visible_text(harbour)
    submit(driver, "Show figures")
    expect_page(driver, "/analytics/completion", "Completion and drop-off", axe=False)
    assert "area=" in driver.current_url
    csv = download_csv(driver, server)
    assert csv.startswith("Service,Version,Started,Submitted,Completion rate")
