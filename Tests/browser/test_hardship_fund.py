"""The hardship fund, end to end with JavaScript on, reaching every kind of
page (yes/no, text, date, several questions, address, repeating group with its
summary, money, checkboxes, a page shown only for high incomes, long text, file
upload, check answers, confirmation, printable copy), with axe-core on every
page, error pages included."""

from __future__ import annotations

import pathlib
import re

from selenium.webdriver.common.by import By

from journey import SERVICES, Runner, Step, hardship_details, hardship_eligibility
from support import (
    answer,
    check_accessibility,
    follow_link,
    navigate,
    page_heading,
    query_of,
    submit,
    write_pdf,
)

SLUG = "hardship-fund"
PREFIX = SERVICES[SLUG].prefix


def full_journey(evidence: pathlib.Path) -> list[Step]:
    """Every page of the hardship fund, most of them sent empty (or wrong) first."""
    return [
        Step("lives-in-area", {"lives-in-area": "yes"},
             errors_first=("Select yes if you live in the council area",)),
        Step("previous-payment", {"previous-payment": "no"}),
        Step("full-name", {"full-name": "Mòrag NicLeòid"}, errors_first=("Enter your full name",)),
        Step("date-of-birth",
             {"date-of-birth-day": "27", "date-of-birth-month": "3", "date-of-birth-year": "1985"},
             errors_first=("Date of birth must be a real date in the past",),
             bad_answers={"date-of-birth-day": "31", "date-of-birth-month": "2", "date-of-birth-year": "1985"}),
        Step("contact-details", {"email": "morag@example.org", "phone": "07700 900982"}, errors_first=()),
        Step("contact-by", {"contact-by": "both"}, errors_first=("Select how we should tell you about your application",)),
        Step("home-address",
             {"home-address-line1": "12 High Street", "home-address-line2": "Dalneigh",
              "home-address-town": "Inverness", "home-address-postcode": "iv3 5aa"},
             errors_first=()),
        # No one needs adding (min 0), so first: "Do you need to add a person?"
        Step("household-members", {"add-another": "yes"}, errors_first=()),
        Step("household-members/1",
             {"member-name": "Seumas MacLeòid", "member-age": "41", "member-relationship": "partner"},
             errors_first=()),
        Step("household-members", {"add-another": "yes"},
             errors_first=("Select yes if you need to add another person",)),
        Step("household-members/2",
             {"member-name": "Eilidh MacLeòid", "member-age": "7", "member-relationship": "child"}),
        Step("household-members", {"add-another": "no"}),
        # Over £1,500 a month: the savings page is shown.
        Step("monthly-income", {"monthly-income": "1850.50"},
             errors_first=("Enter how much money your household gets each month",)),
        Step("benefits", {"benefits": ["universal-credit", "council-tax-reduction"]},
             errors_first=('Select the benefits your household gets, or select "None of these"',)),
        Step("savings", {"savings": "250"}),
        Step("outgoings", {"rent": "650", "council-tax": "120.50", "energy": "180", "other-outgoings": "45"},
             errors_first=()),
        Step("needed-for", {"needed-for": ["food", "energy"]}),
        Step("reason", {"reason": "My partner lost his job last month and our energy bill has gone up."},
             errors_first=("Tell us a bit more about why you are applying, using at least 20 characters",),
             bad_answers={"reason": "No money"}),
        Step("evidence", {"evidence": evidence}),
    ]


# Check-answers rows: key -> regular expression for the value (lines joined by "\n").
EXPECTED_ANSWERS = {
    "Do you live in the council area?": "Yes",
    "Have you had a hardship payment from us in the last 12 months?": "No",
    "What is your full name?": "Mòrag NicLeòid",
    "What is your date of birth?": "27 March 1985",
    "Email address": "morag@example.org",
    "How should we tell you about your application?": "Email and text message",
    "What is your address?": "12 High Street\nDalneigh\nInverness\nIV3 5AA",
    "Person 1": "Seumas MacLeòid\n41 years\nPartner, husband or wife",
    "Person 2": "Eilidh MacLeòid\n7 years\nSon or daughter",
    "How much money does your household get each month?": "£1,?850\\.50",
    "Does anyone in your household get any of these benefits?": "Universal Credit\nCouncil Tax Reduction",
    "How much does your household have in savings?": "£250\\.00",
    "Rent or mortgage": "£650\\.00",
    "Council Tax": "£120\\.50",
    "What do you need the payment for?": "Food\nGas or electricity",
    "Upload evidence": r"bank-statement\.pdf \(\d+ KB\)",
}


def summary_row(driver, key: str):
    """The check-answers row whose key is ``key``: (value text, Change link)."""
    for row in driver.find_elements(By.CSS_SELECTOR, ".summary-list-row"):
        keys = row.find_elements(By.CSS_SELECTOR, ".summary-list-key")
        if keys and keys[0].text.strip() == key:
            value = row.find_element(By.CSS_SELECTOR, ".summary-list-value").text.strip()
            links = row.find_elements(By.CSS_SELECTOR, ".summary-list-actions a")
            return value, (links[0] if links else None)
    rows = [k.text.strip() for k in driver.find_elements(By.CSS_SELECTOR, ".summary-list-key")]
    raise AssertionError(f"no row {key!r} on {driver.current_url}; rows: {rows}")


def test_hardship_fund_every_kind_of_page(server, browser, tmp_path):
    driver = browser
    evidence = write_pdf(tmp_path / "bank-statement.pdf")
    runner = Runner(driver, server, SLUG, language="en", axe="all")

    runner.start()
    runner.walk(full_journey(evidence))
    runner.at_check_answers()

    # The answers are all there, as the citizen would read them.
    for key, pattern in EXPECTED_ANSWERS.items():
        value, change = summary_row(driver, key)
        assert re.fullmatch(pattern, value), f"check answers row {key!r} shows {value!r}, expected /{pattern}/"
        assert change is not None, f"no Change link in the check answers row {key!r}"

    # Change a single answer: back to the page with the answer filled in, then
    # straight back to check answers.
    _, change = summary_row(driver, "What is your full name?")
    assert change is not None and change.text.startswith("Change"), "no Change link for the full name"
    navigate(driver, change.click)
    runner.expect("full-name")
    assert "change=1" in query_of(driver), f"Change link did not mark the page as a change: {driver.current_url}"
    field = driver.find_element(By.NAME, "full-name")
    assert field.get_attribute("value") == "Mòrag NicLeòid", "the Change page lost the earlier answer"
    check_accessibility(driver)
    answer(driver, {"full-name": "Mòrag Anna NicLeòid"})
    submit(driver, "Continue")
    runner.at_check_answers()
    value, _ = summary_row(driver, "What is your full name?")
    assert value == "Mòrag Anna NicLeòid", f"check answers shows {value!r} after the change"

    # Change one person in the household: the item page, then the list, then
    # back to check answers.
    value, change = summary_row(driver, "Person 2")
    assert "Eilidh MacLeòid" in value, f"Person 2 row shows {value!r}"
    navigate(driver, change.click)
    runner.expect("household-members/2")
    assert driver.find_element(By.NAME, "member-age").get_attribute("value") == "7"
    check_accessibility(driver)
    answer(driver, {"member-age": "8"})
    submit(driver, "Continue")
    runner.expect("household-members")
    check_accessibility(driver)
    answer(driver, {"add-another": "no"})
    submit(driver, "Continue")
    runner.at_check_answers()
    value, _ = summary_row(driver, "Person 2")
    assert "8" in value and "7" not in value, f"Person 2 row shows {value!r} after changing the age to 8"

    reference = runner.send(PREFIX)
    runner.printable_copy(reference)
    assert "Mòrag Anna NicLeòid" in driver.find_element(By.TAG_NAME, "main").text, (
        "the printable copy does not show the changed name"
    )


def test_hardship_fund_living_alone(server, browser):
    """The household page says "If you live alone, continue without adding
    anyone": someone living alone says no one needs adding and carries on."""
    driver = browser
    runner = Runner(driver, server, SLUG, language="en", axe="key")
    runner.start()
    runner.walk(hardship_eligibility() + hardship_details())
    runner.expect("household-members")
    assert page_heading(driver) == "Tell us about the people who live with you"
    body = driver.find_element(By.TAG_NAME, "main").text
    assert "continue without adding anyone" in body, "the household guidance is not shown before anyone is added"
    check_accessibility(driver)
    answer(driver, {"add-another": "no"})
    submit(driver, "Continue")
    runner.expect("monthly-income")
    runner.walk([
        Step("monthly-income", {"monthly-income": "0"}),
        Step("benefits", {"benefits": ["universal-credit"]}),
        Step("outgoings", {"rent": "400", "council-tax": "0", "energy": "80", "other-outgoings": "0"}),
        Step("needed-for", {"needed-for": ["food"]}),
        Step("reason", {"reason": "My Universal Credit payment is late this month."}),
        Step("evidence", {}),
    ])
    runner.at_check_answers()
    value, _ = summary_row(driver, "People who live with you")
    assert value == "None", f"check answers shows {value!r} for the household of someone living alone"


def test_hardship_fund_exit_page(server, browser):
    """Not living in the area ends the journey on an accessible exit page."""
    driver = browser
    runner = Runner(driver, server, SLUG, language="en", axe="all")
    runner.start()
    runner.step(Step("lives-in-area", {"lives-in-area": "no"}))
    runner.expect("cannot-apply-area")
    assert page_heading(driver) == "You cannot apply for a hardship payment"
    check_accessibility(driver)
    follow_link(driver, text="Go back to the start")
    runner.expect("")
