"""Open data, a performance page and the staff map in a real browser.

- The invented Glenmorrow wards and postcodes (Tests/Fixtures/areas) are loaded
  with ``onecouncil areas import``; a bad file is refused with FILE:LINE:COLUMN.
- A citizen reports a pothole, so the counters and a case exist.
- The open-data page, a CSV file, the catalogue and the pothole service's
  performance page are read; the map is filtered by service, ward and dates
  by an analyst. axe-core runs on each page at 1280 and 360 px wide, and the
  map works with JavaScript off.
"""

from __future__ import annotations

import subprocess

import requests
from selenium.webdriver.common.by import By

from conftest import REPO_ROOT
from support import check_accessibility, fill, submit
from test_back_office import create_staff, enrol_and_sign_in
from journey import Runner, report_a_pothole
from test_accounts import expect_page

FIXTURES = REPO_ROOT / "Tests" / "Fixtures" / "areas"
ANALYST = "map.analyst@council.example"
WIDTHS = (1280, 360)


def import_areas(onecouncil_bin, database, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(onecouncil_bin), "areas", "import", *args, "--database", f"sqlite://{database}"],
                          capture_output=True, text=True, timeout=60)


def at_each_width(driver) -> None:
    for width in WIDTHS:
        driver.set_window_size(width, 900)
        check_accessibility(driver)
    driver.set_window_size(1280, 900)


def test_areas_import_refuses_a_bad_file_and_loads_the_fixture(server, server_database, onecouncil_bin, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("postcode,area_code,latitude,longitude\nGM1 1AA,GM01,ninety,-4.2\n")
    refused = import_areas(onecouncil_bin, server_database, "--postcodes", str(bad))
    assert refused.returncode != 0
    assert f"{bad}:2:14: \"ninety\" is not a latitude" in refused.stderr
    loaded = import_areas(onecouncil_bin, server_database, "--boundaries", str(FIXTURES / "glenmorrow-wards.geojson"),
                          "--postcodes", str(FIXTURES / "glenmorrow-postcodes.csv"))
    assert loaded.returncode == 0, loaded.stderr
    assert "Loaded 4 areas" in loaded.stdout and "Loaded 7 postcodes" in loaded.stdout


def test_open_data_performance_and_the_map(server, server_database, onecouncil_bin, browser, browser_nojs, tmp_path):
    import_areas(onecouncil_bin, server_database, "--boundaries", str(FIXTURES / "glenmorrow-wards.geojson"))
    runner = Runner(browser, server, "report-a-pothole", language="en", axe="key")
    runner.start()
    runner.walk(report_a_pothole(tmp_path))
    runner.at_check_answers()
    runner.send("POT")

    browser.get(server + "/open-data")
    expect_page(browser, "/open-data", "Open data")
    at_each_width(browser)
    assert browser.find_elements(By.CSS_SELECTOR, "a[href='/open-data/requests-by-area.csv']")

    csv = requests.get(server + "/open-data/requests-by-area.csv", timeout=30)
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0] == "service,month,area_code,area_name,submissions,completion_rate,decided,median_days_to_decide"
    # One request: every count is below 5, so nothing is published.
    assert all(",1," not in line for line in csv.text.splitlines()[1:])
    catalogue = requests.get(server + "/open-data/catalogue.jsonld", timeout=30).json()
    assert catalogue["@type"] == "dcat:Catalog" and len(catalogue["dcat:dataset"]) == 2

    browser.get(server + "/performance/report-a-pothole")
    expect_page(browser, "/performance/report-a-pothole", "Performance: Report a pothole")
    at_each_width(browser)

    create_staff(onecouncil_bin, server_database, ANALYST, "analyst")
    enrol_and_sign_in(browser, server, ANALYST, axe=False)
    browser.get(server + "/analytics/map")
    expect_page(browser, "/analytics/map", "Map of requests")
    assert browser.find_elements(By.CSS_SELECTOR, "svg.area-map-svg path")
    at_each_width(browser)
    browser.find_element(By.CSS_SELECTOR, "select[name=service] option[value='report-a-pothole']").click()
    browser.find_element(By.CSS_SELECTOR, "select[name=area] option[value='GM03']").click()
    fill(browser, "from", "2020-01-01")
    fill(browser, "to", "2099-12-31")
    submit(browser, "Show on the map")
    assert "area=GM03" in browser.current_url
    at_each_width(browser)
    fill(browser, "from", "not a date")
    submit(browser, "Show on the map")
    assert "Enter the first date as YYYY-MM-DD" in browser.find_element(By.CSS_SELECTOR, "main").text
    check_accessibility(browser)

    # Without JavaScript: the map is the server's SVG, filtered by the GET form.
    create_staff(onecouncil_bin, server_database, "map.nojs@council.example", "analyst")
    enrol_and_sign_in(browser_nojs, server, "map.nojs@council.example", axe=False)
    browser_nojs.get(server + "/analytics/map?area=GM01")
    expect_page(browser_nojs, "/analytics/map", "Map of requests", axe=False)
    assert browser_nojs.find_elements(By.CSS_SELECTOR, "svg.area-map-svg path")
    browser_nojs.get(server + "/open-data")
    assert browser_nojs.find_element(By.CSS_SELECTOR, "h1").text == "Open data"
