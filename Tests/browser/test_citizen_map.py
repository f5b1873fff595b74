"""The citizen side of data and analytics in a real browser: the location
question's map picker (JavaScript on, and off), the nearby-report duplicate
check, and the satisfaction question after confirmation. axe at 1280 and 360
pixels wide.

These tests start their own server: a tile service configured (this server's
own address, so no internet is needed: the tiles themselves 404, the map still
works), Leaflet from $ONECOUNCIL_LEAFLET_DIR or Debian's libjs-leaflet, and the
sample pothole service with ``nearby_reports: 50``.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import sqlite3
import subprocess
import tempfile
import time
from typing import Iterator

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import conftest
from support import (check_accessibility, choose_radio, error_summary_messages, fill, page_heading,
                     path_of, submit)

SLUG = "report-a-pothole"
LEAFLET = pathlib.Path(os.environ.get("ONECOUNCIL_LEAFLET_DIR", "/usr/share/javascript/leaflet"))
POINT = (55.9533, -3.1883)


class MapServer:
    def __init__(self, base_url: str, database: pathlib.Path):
        self.base_url = base_url
        self.database = database

    def locate_case(self, reference: str, latitude: float, longitude: float) -> None:
        """Puts a case at a point where the submission left none (helper b's submission sets it on main)."""
        with sqlite3.connect(self.database, timeout=10) as connection:
            connection.execute(
                "UPDATE cases SET latitude = ?, longitude = ? WHERE reference = ? AND latitude IS NULL",
                (latitude, longitude, reference),
            )

    def rows(self, sql: str, *parameters: object) -> list[tuple]:
        with sqlite3.connect(self.database, timeout=10) as connection:
            return list(connection.execute(sql, parameters))


@pytest.fixture(scope="module")
def map_server() -> Iterator[MapServer]:
    if not (LEAFLET / "leaflet.js").is_file():
        pytest.skip(f"no Leaflet at {LEAFLET} (apt-get install libjs-leaflet, or set ONECOUNCIL_LEAFLET_DIR)")
    binary = conftest._server_binary()
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="onecouncil-map-"))
    services = workdir / "services"
    shutil.copytree(conftest.REPO_ROOT / "services", services)
    pothole = services / f"{SLUG}.yaml"
    text = pothole.read_text(encoding="utf-8")
    marked = "          - id: location\n            type: location\n"
    assert marked in text
    pothole.write_text(text.replace(marked, marked + "            nearby_reports: 50\n"), encoding="utf-8")
    database = workdir / "onecouncil.sqlite"
    log_path = workdir / "server.log"
    port = conftest._free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = dict(
        os.environ, ONECOUNCIL_COOKIE_SECURE="false", ONECOUNCIL_LEAFLET_DIR=str(LEAFLET),
        ONECOUNCIL_MAP_TILE_URL=f"{base_url}/tiles/{{z}}/{{x}}/{{y}}.png",
        ONECOUNCIL_MAP_ATTRIBUTION="Test tiles", ONECOUNCIL_MAP_CENTRE=f"{POINT[0]},{POINT[1]},16",
    )
    command = [str(binary), "serve", "--host", "127.0.0.1", "--port", str(port),
               "--database", f"sqlite://{database}", "--services", str(services)]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=conftest.REPO_ROOT, env=env, stdin=subprocess.DEVNULL,
                                   stdout=log, stderr=subprocess.STDOUT)
    try:
        conftest._wait_until_healthy(base_url, process, log_path)
        yield MapServer(base_url, database)
    finally:
        conftest._stop(process)
    shutil.rmtree(workdir, ignore_errors=True)


def accessible_at_both_widths(driver) -> None:
    for width in (1280, 360):
        driver.set_window_size(width, 1024)
        check_accessibility(driver)
    driver.set_window_size(1280, 1024)


def to_location(driver, base_url: str) -> None:
    driver.get(f"{base_url}/services/{SLUG}/start")
    assert path_of(driver) == f"/services/{SLUG}/immediate-danger"
    choose_radio(driver, "immediate-danger", "no")
    submit(driver, "Continue")
    assert path_of(driver) == f"/services/{SLUG}/location"


def field(driver, name: str) -> str:
    return driver.find_element(By.NAME, name).get_attribute("value") or ""


def rest_of_report(driver) -> str:
    """From the surface page to the confirmation; returns the reference."""
    for page, action in [
        ("surface", lambda: choose_radio(driver, "surface", "road")),
        ("size", lambda: choose_radio(driver, "size", "small")),
        ("photo", lambda: None),
        ("more-detail", lambda: None),
        ("email", lambda: None),
    ]:
        assert path_of(driver) == f"/services/{SLUG}/{page}", (driver.current_url, error_summary_messages(driver))
        action()
        submit(driver, "Continue")
    assert path_of(driver) == f"/services/{SLUG}/check-answers", error_summary_messages(driver)
    submit(driver, "Accept and send")
    assert path_of(driver) == f"/services/{SLUG}/confirmation"
    return driver.find_element(By.CSS_SELECTOR, "strong.reference").text


def test_a_located_report_with_the_map(map_server, browser):
    to_location(browser, map_server.base_url)
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".location-map.leaflet-container"))
    tools = browser.find_element(By.CSS_SELECTOR, ".location-tools")
    assert tools.is_displayed()
    accessible_at_both_widths(browser)

    # A click on the map marks the place and fills in the fields.
    the_map = browser.find_element(By.ID, "location-map")
    ActionChains(browser).move_to_element_with_offset(the_map, 40, 30).click().perform()
    WebDriverWait(browser, 5).until(lambda d: field(d, "location-latitude") != "")
    latitude, longitude = float(field(browser, "location-latitude")), float(field(browser, "location-longitude"))
    assert abs(latitude - POINT[0]) < 0.02 and abs(longitude - POINT[1]) < 0.02, (latitude, longitude)
    assert "Place marked" in browser.find_element(By.CSS_SELECTOR, ".location-status").text

    # With the keyboard: focus the map, move it, Enter marks its centre.
    the_map.send_keys(Keys.ARROW_RIGHT)
    the_map.send_keys(Keys.ENTER)
    WebDriverWait(browser, 5).until(lambda d: float(field(d, "location-longitude")) != longitude)

    # A postcode moves the map there (the council's postcode table); Enter on the map then marks its centre.
    with sqlite3.connect(map_server.database, timeout=10) as connection:
        connection.execute("INSERT OR REPLACE INTO postcode_areas (postcode, area_code, latitude, longitude) VALUES ('KT12AB', 'W01', 55.9, -3.3)")
    browser.find_element(By.ID, "location-postcode-search").send_keys("kt1 2ab")
    browser.find_element(By.CSS_SELECTOR, ".location-find").click()
    WebDriverWait(browser, 5).until(lambda d: "shows that postcode" in d.find_element(By.CSS_SELECTOR, ".location-status").text)
    the_map.send_keys(Keys.ENTER)
    WebDriverWait(browser, 5).until(lambda d: abs(float(field(d, "location-latitude")) - 55.9) < 0.001)
    assert abs(float(field(browser, "location-longitude")) + 3.3) < 0.001
    assert path_of(browser) == f"/services/{SLUG}/location"

    fill(browser, "location-description", "Outside the library")
    submit(browser, "Continue")
    reference = rest_of_report(browser)
    assert reference.startswith("POT-")


def test_use_my_location(map_server, browser):
    browser.execute_cdp_cmd("Browser.grantPermissions", {"origin": map_server.base_url, "permissions": ["geolocation"]})
    browser.execute_cdp_cmd("Emulation.setGeolocationOverride", {"latitude": 55.95, "longitude": -3.19, "accuracy": 10})
    to_location(browser, map_server.base_url)
    button = WebDriverWait(browser, 10).until(lambda d: d.find_element(By.CSS_SELECTOR, ".location-use-mine"))
    button.click()
    WebDriverWait(browser, 10).until(lambda d: field(d, "location-latitude") != "")
    assert field(browser, "location-latitude") == "55.950000"
    assert field(browser, "location-longitude") == "-3.190000"


def test_a_located_report_without_javascript(map_server, browser_nojs):
    to_location(browser_nojs, map_server.base_url)
    # The picker's controls stay hidden: without JavaScript they would do nothing.
    assert not browser_nojs.find_element(By.CSS_SELECTOR, ".location-tools").is_displayed()
    fill(browser_nojs, "location-description", "Corner of Mill Lane and the High Street")
    fill(browser_nojs, "location-latitude", "56.4907")
    fill(browser_nojs, "location-longitude", "-4.2026")
    submit(browser_nojs, "Continue")
    reference = rest_of_report(browser_nojs)
    answers = map_server.rows("SELECT answers FROM submissions WHERE reference = ?", reference)[0][0]
    assert "56.4907" in answers and "Corner of Mill Lane" in answers


def test_a_duplicate_is_offered_and_accepted(map_server, browser, browser_nojs):
    # Someone has already reported a pothole at the point (sent without JavaScript); a point no other test uses, as
    # every report sent with a point is now located and would be offered here too.
    to_location(browser_nojs, map_server.base_url)
    fill(browser_nojs, "location-description", "By the war memorial")
    fill(browser_nojs, "location-latitude", "55.8000")
    fill(browser_nojs, "location-longitude", "-3.4000")
    submit(browser_nojs, "Continue")
    existing = rest_of_report(browser_nojs)
    map_server.locate_case(existing, 55.8000, -3.4000)

    # A neighbour reports one 20 metres away.
    to_location(browser, map_server.base_url)
    fill(browser, "location-description", "Near the memorial")
    fill(browser, "location-latitude", "55.80018")
    fill(browser, "location-longitude", "-3.4000")
    submit(browser, "Continue")
    assert path_of(browser) == f"/services/{SLUG}/location/nearby"
    assert page_heading(browser) == "Has this already been reported?"
    offered = browser.find_element(By.CSS_SELECTOR, "main").text
    assert existing in offered and "about 20 metres away" in offered, offered
    assert "war memorial" not in offered  # nothing the first citizen wrote
    accessible_at_both_widths(browser)

    submit(browser, "Continue")  # nothing chosen
    assert error_summary_messages(browser) == ["Select the report that is the same problem, or ‘No, mine is a different problem’"]
    check_accessibility(browser)
    choose_radio(browser, "report", existing)
    fill(browser, "email", "neighbour@example.org")
    submit(browser, "Continue")
    assert page_heading(browser) == "You are following this report"
    assert browser.find_element(By.CSS_SELECTOR, "strong.reference").text == existing
    accessible_at_both_widths(browser)
    assert map_server.rows("SELECT COUNT(*) FROM case_events WHERE case_reference = ? AND kind = 'interested_party'", existing) == [(1,)]
    assert map_server.rows("SELECT SUM(count) FROM measure_counts WHERE measure = 'duplicate_joined'") == [(1,)]


def test_feedback_is_given(map_server, browser):
    to_location(browser, map_server.base_url)
    fill(browser, "location-description", "Outside the swimming pool")
    submit(browser, "Continue")
    rest_of_report(browser)
    assert browser.find_element(By.CSS_SELECTOR, "label[for=rating]").is_displayed()
    accessible_at_both_widths(browser)

    submit(browser, "Send feedback")  # no rating chosen
    assert error_summary_messages(browser) == ["Select how you felt about the service"]
    check_accessibility(browser)
    choose_radio(browser, "rating", "very-satisfied")
    fill(browser, "comment", "Easy to use on my phone.")
    submit(browser, "Send feedback")
    assert path_of(browser) == f"/services/{SLUG}/confirmation/feedback"
    assert page_heading(browser) == "Thank you for your feedback"
    accessible_at_both_widths(browser)
    assert map_server.rows("SELECT rating, comment FROM feedback") == [(5, "Easy to use on my phone.")]
    assert map_server.rows("SELECT detail, SUM(count) FROM measure_counts WHERE measure = 'feedback' GROUP BY detail") == [("5", 1)]
