"""The designer's editors in a real browser: a service designer edits a
question's Gaelic and adds a branch to a page, through the page editor, the
question editor and the two-step condition builder; axe-core finds nothing on
any of them at 1280 px, nor on the page editor at 360 px, where nothing scrolls
sideways.
"""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from support import check_accessibility, choose_radio, fill, follow_link, path_of, submit
from test_accounts import expect_page, main_text
from test_back_office import create_staff, enrol_and_sign_in, unique
from test_back_office_workspace import no_sideways_scrolling
from test_field import phone_window

SERVICE = "/designer/services/volunteering"


def test_a_designer_edits_a_question_and_adds_a_branch(server, server_database, onecouncil_bin, browser):
    driver = browser
    designer = unique("page-designer", "council.example")
    create_staff(onecouncil_bin, server_database, designer, "service-designer", "volunteering")
    enrol_and_sign_in(driver, server, designer, axe=False)
    driver.set_window_size(1280, 1024)

    driver.get(server + SERVICE + "/pages/full-name")
    expect_page(driver, SERVICE + "/pages/full-name", "full-name", title="What is your full name?")
    follow_link(driver, href=SERVICE + "/pages/full-name/questions/full-name")
    expect_page(driver, SERVICE + "/pages/full-name/questions/full-name", "What is your full name?")
    fill(driver, "label.gd", "Dè an t-ainm slàn a th’ ort?")
    submit(driver, "Save question")
    expect_page(driver, SERVICE + "/pages/full-name/questions/full-name", "What is your full name?")
    assert "Question saved" in main_text(driver)
    assert driver.find_element(By.NAME, "label.gd").get_attribute("value") == "Dè an t-ainm slàn a th’ ort?"

    # A setting that is not a number: the error on the form, accessible too.
    fill(driver, "max_length", "a hundred")
    submit(driver, "Save question")
    assert path_of(driver) == SERVICE + "/pages/full-name/questions/full-name"
    assert "Enter a whole number for Most characters" in main_text(driver)
    check_accessibility(driver)

    driver.get(server + SERVICE + "/pages/full-name")
    follow_link(driver, text="Add a branch")
    expect_page(driver, SERVICE + "/pages/full-name/condition", "Add a branch")
    choose_radio(driver, "question", "aged-16-or-over")
    submit(driver, "Continue")
    expect_page(driver, SERVICE + "/pages/full-name/condition", "Add a branch")
    choose_radio(driver, "comparison", "equals")
    driver.find_element(By.CSS_SELECTOR, "input[name=options][value=yes]").click()
    Select(driver.find_element(By.NAME, "goto")).select_by_value("experience")
    submit(driver, "Add a branch")
    expect_page(driver, SERVICE + "/pages/full-name", "full-name", title="What is your full name?")
    text = main_text(driver)
    assert "Page saved" in text
    assert "Are you 16 or over?" in text and "Yes" in text, "the branch is shown in words"

    # 360 px: the page editor fits a phone.
    phone_window(driver)
    driver.get(server + SERVICE + "/pages/full-name")
    no_sideways_scrolling(driver, 360)
    check_accessibility(driver)
