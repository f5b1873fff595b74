"""The designer's last gaps in a real browser: an information page added from
the new-page form (no YAML) and previewed; closing and archiving a service ask
first on an "Are you sure?" page that says what will happen, whose "No" changes
nothing and whose "Yes" does it. axe-core finds nothing on the new-page form
and both questions at 1280 px, nor on a question at 360 px, where nothing
scrolls sideways. The service is imported afresh, so the shared server's
samples stay open for the other tests.
"""

from __future__ import annotations

import pathlib
import uuid

from selenium.webdriver.common.by import By

from support import check_accessibility, choose_radio, fill, follow_link, page_heading, path_of, submit
from test_accounts import expect_page, main_text
from test_back_office import create_staff, enrol_and_sign_in, unique
from test_back_office_workspace import no_sideways_scrolling
from test_field import phone_window

FORMIO = pathlib.Path(__file__).resolve().parent.parent / "ImportersTests" / "Fixtures" / "formio-parking-permit.json"


def test_an_information_page_and_asking_before_closing_or_archiving(server, server_database, onecouncil_bin, browser):
    driver = browser
    designer = unique("confirmer", "council.example")
    create_staff(onecouncil_bin, server_database, designer, "service-designer")
    enrol_and_sign_in(driver, server, designer, axe=False)
    driver.set_window_size(1280, 1024)
    slug = f"permit-{uuid.uuid4().hex[:8]}"
    service = f"/designer/services/{slug}"

    driver.get(server + "/designer/import")
    choose_radio(driver, "format", "formio")
    driver.find_element(By.NAME, "file").send_keys(str(FORMIO))
    fill(driver, "slug", slug)
    submit(driver, "Import the form")
    expect_page(driver, "/designer/import", "What the import did", axe=False)

    # An information page, from the new-page form.
    driver.get(server + service)
    new_page = driver.find_elements(By.CSS_SELECTOR, f"main a[href$='/pages/new'][href^='{service}/sections/']")[0]
    driver.get(new_page.get_attribute("href"))
    check_accessibility(driver)
    choose_radio(driver, "kind", "information")
    fill(driver, "title.en", "Before you continue")
    fill(driver, "title.gd", "Mus lean thu air adhart")
    fill(driver, "body.en", "You will need your vehicle's registration number.")
    submit(driver, "Add the page")
    assert path_of(driver) == f"{service}/pages/before-you-continue", main_text(driver)
    assert "Before you continue" in main_text(driver)
    driver.get(server + f"{service}/preview/before-you-continue")
    assert page_heading(driver) == "Before you continue"
    assert "You will need your vehicle's registration number." in main_text(driver)

    driver.get(server + f"{service}/versions")
    fill(driver, "change_note", "First version, imported from Form.io")
    submit(driver, "Publish")
    assert "Version 1" in main_text(driver)

    # Close: asked first; "No" changes nothing.
    submit(driver, "Close the service now")
    expect_page(driver, f"{service}/versions/lifecycle/close", "Are you sure you want to close this service now?")
    assert "people part-way through it cannot send their answers" in main_text(driver)
    phone_window(driver)
    driver.refresh()
    no_sideways_scrolling(driver, 360)
    check_accessibility(driver)
    driver.set_window_size(1280, 1024)
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    follow_link(driver, text="No, go back to the versions")
    assert path_of(driver) == f"{service}/versions"
    assert "Close the service now" in main_text(driver), "still open"

    submit(driver, "Close the service now")
    submit(driver, "Yes, close the service now")
    assert "The service is closed." in main_text(driver)

    # Archive: asked first too; bringing it back is not.
    submit(driver, "Archive the service")
    expect_page(driver, f"{service}/versions/lifecycle/archive", "Are you sure you want to archive this service?")
    submit(driver, "Yes, archive the service")
    assert "The service is archived." in main_text(driver)
    submit(driver, "Bring the service back from the archive")
    assert "The service is back from the archive." in main_text(driver)
