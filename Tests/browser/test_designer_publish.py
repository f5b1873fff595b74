"""A service designer builds a new service in the browser and runs it through
its life, as issue 13 asks: created from blank, its ten questions (two
branches, an exit page, an information page, a repeating group, Gaelic titles)
written in the designer's YAML editor, previewed in both languages, published
with a note; a citizen completes it; the designer changes one question, sees
the difference in words, publishes it, and rolls back. axe-core checks every
designer page on the way, at 1280 px and at 360 px.

The test counts the forms the designer sends and prints the count (the issue's
closing note reports it).
"""

from __future__ import annotations

import datetime
import pathlib

from selenium.webdriver.common.by import By

from support import answer, check_accessibility, fill, follow_link, page_heading, path_of, submit
from test_accounts import expect_page, main_text
from test_back_office import create_staff, enrol_and_sign_in, unique
from test_field import phone_window

HERE = pathlib.Path(__file__).resolve().parent
SLUG = "street-party"
SERVICE = f"/designer/services/{SLUG}"


class Designer:
    """The designer's browser, counting each form it sends."""

    def __init__(self, driver):
        self.driver = driver
        self.forms_sent = 0

    def send(self, button: str) -> None:
        self.forms_sent += 1
        submit(self.driver, button)


def at_both_widths(driver) -> None:
    """axe-core on the current page at desktop and phone widths."""
    driver.set_window_size(1280, 1024)
    check_accessibility(driver, best_practice=("region",))
    phone_window(driver)
    check_accessibility(driver, best_practice=("region",))
    driver.set_window_size(1280, 1024)


def test_a_designer_builds_publishes_changes_and_rolls_back_a_service(server, server_database, onecouncil_bin, browser):
    driver = browser
    email = unique("service-designer", "council.example")
    create_staff(onecouncil_bin, server_database, email, "service-designer")
    enrol_and_sign_in(driver, server, email, axe=False)
    driver.set_window_size(1280, 1024)
    designer = Designer(driver)

    # Create from blank.
    driver.get(server + "/designer")
    at_both_widths(driver)
    follow_link(driver, text="Create a service")
    at_both_widths(driver)
    fill(driver, "title", "Apply to hold a street party")
    fill(driver, "slug", SLUG)
    fill(driver, "reference_prefix", "STP")
    designer.send("Create a service")
    assert path_of(driver) == SERVICE, driver.current_url
    at_both_widths(driver)

    # The whole service in the YAML editor: ten questions, two branches, an exit page, an information page, a
    # repeating group, titles in Gaelic.
    follow_link(driver, text="Edit as YAML")
    at_both_widths(driver)
    source = (HERE / "data" / "street-party.yaml").read_text(encoding="utf-8")
    box = driver.find_element(By.NAME, "source")
    driver.execute_script("arguments[0].value = arguments[1];", box, source)
    designer.send("Save draft")
    assert not driver.find_elements(By.CSS_SELECTOR, ".designer-problems"), main_text(driver)

    # The route map shows the two branches and flags nothing.
    driver.get(server + SERVICE + "/route-map")
    at_both_widths(driver)
    route = main_text(driver)
    assert "You cannot apply with this form" in route and "How much of the road" in route

    # Preview as a citizen, in English and Gaelic.
    driver.get(server + SERVICE + "/preview")
    assert page_heading(driver) == "Apply to hold a street party"
    at_both_widths(driver)
    driver.get(server + SERVICE + "/preview/event-type")
    answer(driver, {"event-type": "other"})
    submit(driver, "Continue")
    assert path_of(driver) == SERVICE + "/preview/cannot-help", "the preview follows the branch to the exit page"
    driver.get(server + SERVICE + "/preview/event-type?lang=gd")
    assert page_heading(driver) == "Dè an seòrsa tachartais a th' ann?"
    driver.get(server + SERVICE + "/preview?lang=en")

    # Publish now, with a note.
    driver.get(server + SERVICE + "/versions")
    at_both_widths(driver)
    fill(driver, "change_note", "First version for the summer street parties")
    designer.send("Publish")
    assert "Version 1" in main_text(driver), main_text(driver)

    # A citizen completes it.
    driver.delete_all_cookies()
    driver.get(server + f"/services/{SLUG}")
    assert page_heading(driver) == "Apply to hold a street party"
    driver.get(server + f"/services/{SLUG}/start")
    next_year = datetime.date.today().year + 1
    for fields in [
        {"event-type": "street-party"},
        {},  # the information page
        {"street-name": "Acacia Avenue"},
        {"event-date-day": "20", "event-date-month": "6", "event-date-year": str(next_year)},
        {"closes-road": "no"},  # the second branch: straight to the organiser
        {"organiser-name": "Morag MacLeod"},
        {"email": "morag@example.com", "phone": "07700 900982"},
        {"add-another": "no"},
        {},  # anything else: optional
    ]:
        answer(driver, fields)
        submit(driver, "Continue")
    assert path_of(driver) == f"/services/{SLUG}/check-answers", driver.current_url
    submit(driver, "Accept and send")
    assert path_of(driver) == f"/services/{SLUG}/confirmation", driver.current_url
    assert "STP-" in main_text(driver)

    # The designer changes one question, sees the difference, publishes, then rolls back.
    enrol_again = unique("service-designer-2", "council.example")
    create_staff(onecouncil_bin, server_database, enrol_again, "service-designer")
    enrol_and_sign_in(driver, server, enrol_again, axe=False)
    driver.set_window_size(1280, 1024)
    driver.get(server + SERVICE + "/pages/street-name/questions/street-name")
    at_both_widths(driver)
    fill(driver, "label.en", "Which road is it in?")
    designer.send("Save question")
    driver.get(server + SERVICE + "/versions/compare?from=1&to=draft")
    at_both_widths(driver)
    assert "Which road is it in?" in main_text(driver), main_text(driver)
    driver.get(server + SERVICE + "/versions")
    fill(driver, "change_note", "Ask for the road, not the street")
    designer.send("Publish")
    assert "Version 2" in main_text(driver)

    driver.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
    fill(driver, "rollback_note-1", "Councillors prefer the old wording")
    designer.send("Roll back to this version")
    text = main_text(driver)
    assert "Version 3" in text, text
    at_both_widths(driver)

    driver.delete_all_cookies()
    driver.get(server + f"/services/{SLUG}/street-name")
    driver.get(server + f"/services/{SLUG}/start")
    assert page_heading(driver) == "What kind of event is it?"

    print(f"forms the designer sent: {designer.forms_sent}")
    assert designer.forms_sent <= 8
