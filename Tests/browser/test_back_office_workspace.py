"""The back-office workspace at the widths staff use it: the queue of cases
fits a 1280 px screen and a 360 px phone without sideways scrolling, with the
filters folded beside (or above) the list; the case page leads with its
reference and service as its heading, then the summary, and keeps its actions
in a column beside the answers.

Cases are invented with ``onecouncil cases generate`` (realistic names, long
email addresses) into the server's database.
"""

from __future__ import annotations

import subprocess

from selenium.webdriver.common.by import By

from support import check_accessibility, page_heading, summary_list
from test_back_office import create_staff, enrol_and_sign_in, unique
from test_field import phone_window

POTHOLES = "report-a-pothole"


def generate_cases(onecouncil_bin, database, count: int = 60) -> None:
    made = subprocess.run(
        [str(onecouncil_bin), "cases", "generate", "--count", str(count), "--seed", "12",
         "--database", f"sqlite://{database}"],
        capture_output=True, text=True, timeout=120,
    )
    assert made.returncode == 0, f"cases generate failed: {made.stdout}\n{made.stderr}"


def no_sideways_scrolling(driver, width: int) -> None:
    """Nothing wider than the window; nor than the window less its scroll bar
    (innerWidth counts the bar, so content hidden under it would pass)."""
    __tracebackhide__ = True
    inner, client, scroll = driver.execute_script(
        "return [window.innerWidth, document.documentElement.clientWidth, document.scrollingElement.scrollWidth]"
    )
    assert inner == width, f"the window is {inner} px wide, not {width}"
    assert scroll <= inner, f"{driver.current_url} scrolls sideways at {inner} px: content is {scroll} px wide"
    assert scroll <= client, f"{driver.current_url} scrolls sideways at {inner} px: content is {scroll} px, the page {client} px"


def queue_references(driver) -> list[str]:
    return [a.text.strip() for a in driver.find_elements(By.CSS_SELECTOR, "main .queue-table tbody th a")]


def test_the_queue_and_a_case_fit_a_wide_screen_and_a_phone(server, server_database, onecouncil_bin, browser):
    generate_cases(onecouncil_bin, server_database)
    officer = unique("workspace-officer", "council.example")
    create_staff(onecouncil_bin, server_database, officer, "case-officer", POTHOLES)
    # A colleague with a long address: offered in the case page's narrow "Assign" column.
    colleague = unique("workspace-colleague-with-a-long-address-for-the-assign-column", "council.example")
    create_staff(onecouncil_bin, server_database, colleague, "case-officer", POTHOLES)
    driver = browser
    enrol_and_sign_in(driver, server, officer, axe=False)

    # 1280 px: the list of every case of the service, the filters folded above it.
    driver.set_window_size(1280, 1024)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False,
    })
    driver.get(server + "/backoffice?queue=all")
    assert page_heading(driver) == "Cases"
    references = queue_references(driver)
    assert references, "no cases listed in the service's queue"
    no_sideways_scrolling(driver, 1280)
    check_accessibility(driver)
    filters = driver.find_element(By.CSS_SELECTOR, "main details.filters")
    results = driver.find_element(By.CSS_SELECTOR, "main .queue-results")
    assert results.location["y"] - filters.location["y"] < 200, "the filters push the list down the page"

    # Opened, the filters are a panel beside the list.
    driver.find_element(By.CSS_SELECTOR, "main details.filters summary").click()
    assert filters.get_attribute("open") is not None
    assert filters.location["x"] + filters.size["width"] <= results.location["x"], "the open filters are not beside the list"
    no_sideways_scrolling(driver, 1280)

    # The case page: reference and service as the heading, then the summary;
    # the actions beside the answers.
    reference = references[0]
    driver.get(f"{server}/backoffice/cases/{reference}")
    heading = driver.find_element(By.CSS_SELECTOR, "main .case-heading")
    assert reference in heading.text, f"the heading does not hold the reference: {heading.text!r}"
    assert driver.find_element(By.CSS_SELECTOR, "main .case-heading .caption-l").text.strip() == reference
    assert page_heading(driver) in heading.text
    assert driver.title.endswith(reference) or reference in driver.title, driver.title
    summary = summary_list(driver, 0)
    assert {"Applicant", "Status", "Target"} <= set(summary), summary
    actions = driver.find_element(By.CSS_SELECTOR, "main .case-actions")
    answers = driver.find_element(By.CSS_SELECTOR, "main .case-main")
    assert actions.location["x"] >= answers.location["x"] + answers.size["width"], "the actions are not in a side column"
    no_sideways_scrolling(driver, 1280)
    check_accessibility(driver)

    # 360 px: the same pages, nothing wider than the screen.
    phone_window(driver)
    driver.get(server + "/backoffice?queue=all")
    assert queue_references(driver) == references
    no_sideways_scrolling(driver, 360)
    check_accessibility(driver)
    driver.get(f"{server}/backoffice/cases/{reference}")
    no_sideways_scrolling(driver, 360)
    check_accessibility(driver)
