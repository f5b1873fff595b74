"""The designer's import in a real browser: a service designer uploads a
GOV.UK Forms document, a Form.io wizard and an Open Forms export ZIP (the
importers' own fixtures), reads each report of what was not carried, opens the
draft and previews it; a refused upload shows the error summary. axe-core
finds nothing on the form, the refusal and the report at 1280 px, nor on the
form and a report at 360 px, where nothing scrolls sideways.
"""

from __future__ import annotations

import pathlib
import zipfile

from selenium.webdriver.common.by import By

from support import check_accessibility, choose_radio, error_summary_messages, follow_link, page_heading, path_of, submit, table_rows
from test_accounts import expect_page, main_text
from test_back_office import create_staff, enrol_and_sign_in, unique
from test_back_office_workspace import no_sideways_scrolling
from test_field import phone_window

FIXTURES = pathlib.Path(__file__).resolve().parent.parent / "ImportersTests" / "Fixtures"


def open_forms_zip(folder: pathlib.Path) -> pathlib.Path:
    """The Open Forms fixture's JSON files as the export ZIP Open Forms makes."""
    path = folder / "bulky-waste-export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted((FIXTURES / "open-forms-bulky-waste").glob("*.json")):
            archive.write(name, name.name)
    return path


def upload(driver, server: str, format_value: str, file: pathlib.Path | None) -> None:
    driver.get(server + "/designer/import")
    choose_radio(driver, "format", format_value)
    if file is not None:
        driver.find_element(By.NAME, "file").send_keys(str(file))
    submit(driver, "Import the form")


def test_a_designer_imports_each_format_and_previews_it(server, server_database, onecouncil_bin, browser, tmp_path):
    driver = browser
    designer = unique("importer", "council.example")
    create_staff(onecouncil_bin, server_database, designer, "service-designer")
    enrol_and_sign_in(driver, server, designer, axe=False)
    driver.set_window_size(1280, 1024)

    driver.get(server + "/designer")
    follow_link(driver, href="/designer/import")
    expect_page(driver, "/designer/import", "Import a form from another builder")

    # A refusal: no file chosen. The form comes back with the error summary.
    upload(driver, server, "formio", None)
    assert path_of(driver) == "/designer/import"
    assert error_summary_messages(driver) == ["Choose a file to import"]
    check_accessibility(driver)

    # A file over the limit: refused while it is read, with the form and its error (not a broken connection).
    too_large = tmp_path / "too-large.json"
    too_large.write_bytes(b" " * (6 * 1024 * 1024))
    upload(driver, server, "govuk-forms", too_large)
    assert path_of(driver) == "/designer/import"
    assert error_summary_messages(driver) == ["The file must be smaller than 5 MB"]

    uploads = [
        ("govuk-forms", FIXTURES / "govuk-forms-report-a-bin.json", "report-a-missed-bin-or-fly-tipping",
         "Report a missed bin or fly-tipping"),
        ("formio", FIXTURES / "formio-parking-permit.json", "apply-for-a-residents-parking-permit",
         "Apply for a residents' parking permit"),
        ("open-forms", open_forms_zip(tmp_path), "book-a-bulky-waste-collection", "Book a bulky waste collection"),
    ]
    for format_value, file, slug, title in uploads:
        upload(driver, server, format_value, file)
        expect_page(driver, "/designer/import", "What the import did")
        text = main_text(driver)
        assert f"{title} was imported as a new draft" in text, text
        notes = table_rows(driver, "What could not be brought in as it was")
        assert notes and all(place and note for place, note in notes), "each note has its place in the file"

        follow_link(driver, text="Open the draft")
        assert path_of(driver) == f"/designer/services/{slug}"
        assert title in page_heading(driver)
        check_accessibility(driver)

        driver.get(server + f"/designer/services/{slug}/preview")
        assert page_heading(driver) == title, f"the preview of {slug} starts with the service's name"
        check_accessibility(driver)

    # 360 px: the form and a report fit a phone.
    phone_window(driver)
    driver.get(server + "/designer/import")
    no_sideways_scrolling(driver, 360)
    check_accessibility(driver)
    upload(driver, server, "formio", FIXTURES / "formio-parking-permit.json")
    assert path_of(driver) == "/designer/import"
    assert error_summary_messages(driver) and "already has a draft" in error_summary_messages(driver)[0], "the same form twice"
    choose_radio(driver, "format", "formio")
    driver.find_element(By.NAME, "slug").clear()
    driver.find_element(By.NAME, "slug").send_keys("residents-parking")
    driver.find_element(By.NAME, "file").send_keys(str(FIXTURES / "formio-parking-permit.json"))
    submit(driver, "Import the form")
    expect_page(driver, "/designer/import", "What the import did")
    assert "/designer/services/residents-parking" in main_text(driver)
    no_sideways_scrolling(driver, 360)
