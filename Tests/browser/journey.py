"""Data-driven journeys through a service, for the browser tests.

A journey is a list of ``Step``s: the page the citizen should be on (its
address under /services/SLUG/) and the answers to give there, as a dict of
form field name -> value (see ``support.answer``). ``Runner`` walks a journey in
a browser, checking at every page that it is the expected page, in the expected
language, and (optionally) accessible.
"""

from __future__ import annotations

import pathlib
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver

from support import (
    ERROR_TITLE_PREFIX,
    FIRST_CHOICE,
    answer,
    check_accessibility,
    check_error_summary,
    error_summary_messages,
    follow_link,
    page_heading,
    page_strings,
    path_of,
    submit,
    write_png,
)

# The platform's words for the controls the runner uses, per language.
WORDS = {
    "en": {"start": "Start now", "continue": "Continue", "send": "Accept and send",
           "language_link": "Gàidhlig", "change": "Change"},
    "gd": {"start": "Tòisich an-dràsta", "continue": "Lean air adhart", "send": "Gabh ris agus cuir",
           "language_link": "English", "change": "Atharraich"},
}

# The platform's own English words (Sources/Views/Strings.swift), none of
# which should be left on a page in Gaelic.
ENGLISH_PLATFORM_STRINGS = {
    "Skip to main content", "Back", "Continue", "Start now", "There is a problem", "Error:",
    "Language", "Before you start", "Change", "Remove", "Yes", "No", "Day", "Month", "Year",
    "Address line 1", "Address line 2 (optional)", "Town or city", "Postcode", "Latitude", "Longitude",
    "Describe where it is", "Latitude and longitude (optional)", "(optional)", "You uploaded",
    "Choose an option", "Accept and send", "Now send your request", "Your reference number",
    "What happens next", "Keep a record", "View a printable copy of your answers", "Sent on",
    "Start a new request", "Check your answers", "Not answered", "None", "Go back to the start",
    "Council services",
}

# References: PREFIX-XXXX-XXXX from an alphabet without 0, 1, I, L, O.
REFERENCE_CHARACTER = "[2-9A-HJKMNP-Z]"


def reference_pattern(prefix: str) -> re.Pattern[str]:
    return re.compile(rf"^{prefix}-{REFERENCE_CHARACTER}{{4}}-{REFERENCE_CHARACTER}{{4}}$")


@dataclass(frozen=True)
class Step:
    """One page of a journey.

    page: the address under /services/SLUG/ the citizen should be on
        (e.g. "full-name", "household-members/2", "items/2/remove").
    answers: form field name -> value, given before pressing Continue.
    errors_first: if not None, first send ``bad_answers`` (default: nothing)
        and expect the page back with an error summary; a non-empty tuple is
        the exact English messages expected.
    follow: instead of answering, follow the link to this address (e.g. a
        "Remove" link on a repeating group's summary).
    """

    page: str
    answers: Mapping[str, Any] = field(default_factory=dict)
    errors_first: tuple[str, ...] | None = None
    bad_answers: Mapping[str, Any] = field(default_factory=dict)
    follow: str | None = None


class Runner:
    """Walks a service in one browser. ``axe`` is "all" (every page), "key"
    (start page, first question page, error pages, check answers, confirmation
    and printable copy) or "none" (no JavaScript)."""

    def __init__(self, driver: WebDriver, base_url: str, slug: str, language: str = "en", axe: str = "all"):
        assert language in WORDS, language
        assert axe in ("all", "key", "none"), axe
        self.driver = driver
        self.base_url = base_url
        self.slug = slug
        self.language = language
        self.axe_mode = axe
        self.words = WORDS[language]
        self.visited: list[str] = []
        self.accessibility_checked: list[str] = []

    # ---- checks

    def service_path(self, page: str = "") -> str:
        return f"/services/{self.slug}" + (f"/{page}" if page else "")

    def accessible(self, key: bool = False) -> None:
        if self.axe_mode == "all" or (self.axe_mode == "key" and key):
            check_accessibility(self.driver)
            self.accessibility_checked.append(self.driver.current_url)

    def expect(self, page: str) -> None:
        """We are on the page ``page`` (its address under /services/SLUG/), in the right
        language, with one <h1> that starts the title, and sensible labels."""
        driver = self.driver
        self.visited.append(driver.current_url)
        wanted = self.service_path(page)
        if path_of(driver) != wanted:
            errors = error_summary_messages(driver)
            raise AssertionError(
                f"expected to be on {wanted}, but on {driver.current_url} "
                f"(title {driver.title!r}"
                + (f", errors: {errors}" if errors else "")
                + ")"
            )
        lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        assert lang == self.language, f"<html lang={lang!r}> on {driver.current_url}, expected {self.language!r}"
        # No label says the same thing twice, e.g. a label that already ends
        # "(optional)" given another "(optional)".
        for element in driver.find_elements(By.CSS_SELECTOR, "h1, label, legend"):
            text = " ".join(element.text.split())
            repeated = re.search(r"(\([^()]+\))\s*\1", text)
            assert not repeated, (
                f"{repeated.group(1)!r} twice in a <{element.tag_name}> on {driver.current_url}: "
                f"{(element.get_attribute('outerHTML') or '')[:300]}"
            )
        # One <h1>, and the page title starts with it (after "Error: " on error pages).
        heading = page_heading(driver)
        assert heading, f"empty <h1> on {driver.current_url}"
        title = driver.title
        prefix = ERROR_TITLE_PREFIX[self.language]
        if title.startswith(prefix):
            title = title[len(prefix):]
        assert title.startswith(heading), (
            f"the title of {driver.current_url} does not start with its <h1>: "
            f"title {driver.title!r}, h1 {heading!r}"
        )
        if self.language == "gd":
            english = [text for text in page_strings(driver)
                       if text in ENGLISH_PLATFORM_STRINGS or text.startswith("You have added")]
            assert not english, f"English left on a Gaelic page, {driver.current_url}: {english}"

    def expect_no_errors(self) -> None:
        errors = error_summary_messages(self.driver)
        assert not errors, f"unexpected errors on {self.driver.current_url}: {errors}"

    # ---- steps

    def start(self) -> None:
        """Open the start page (switching language if needed) and press Start now."""
        driver = self.driver
        driver.get(self.base_url + self.service_path())
        self.expect_start_page_language()
        self.accessible(key=True)
        submit(driver, self.words["start"])

    def expect_start_page_language(self) -> None:
        driver = self.driver
        if self.language == "en":
            self.expect("")
            return
        # Arrive in English, then switch with the link at the top of the page.
        english_heading = page_heading(driver)
        english_lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
        assert english_lang == "en", f"start page is <html lang={english_lang!r}> before switching"
        follow_link(driver, text=WORDS["en"]["language_link"])
        self.expect("")
        gaelic_heading = page_heading(driver)
        assert gaelic_heading != english_heading, (
            f"after choosing Gàidhlig the start page heading is still {english_heading!r}"
        )
        # The switch link now offers English.
        assert driver.find_elements(By.LINK_TEXT, WORDS["gd"]["language_link"]), (
            f"no {WORDS['gd']['language_link']!r} link on {driver.current_url} after switching to Gaelic"
        )

    def step(self, step: Step, first: bool = False) -> None:
        driver = self.driver
        self.expect(step.page)
        self.expect_no_errors()
        self.accessible(key=first)
        if step.follow is not None:
            follow_link(driver, href=self.service_path(step.follow))
            return
        if step.errors_first is not None:
            answer(driver, step.bad_answers)
            submit(driver, self.words["continue"])
            self.expect(step.page)
            expected = step.errors_first if (step.errors_first and self.language == "en") else None
            check_error_summary(driver, self.language, expected)
            self.accessible(key=True)
        answer(driver, step.answers)
        submit(driver, self.words["continue"])

    def walk(self, steps: list[Step]) -> None:
        for index, step in enumerate(steps):
            self.step(step, first=index == 0)

    def at_check_answers(self) -> None:
        self.expect("check-answers")
        self.expect_no_errors()
        assert page_heading(self.driver), "check answers page has an empty <h1>"
        self.accessible(key=True)

    def send(self, prefix: str) -> str:
        """Press "Accept and send" on check answers; return the reference shown."""
        driver = self.driver
        submit(driver, self.words["send"])
        self.expect("confirmation")
        references = driver.find_elements(By.CSS_SELECTOR, "strong.reference")
        assert len(references) == 1, f"expected one <strong class=reference> on {driver.current_url}"
        reference = references[0].text.strip()
        assert reference_pattern(prefix).match(reference), (
            f"reference {reference!r} on {driver.current_url} does not match {reference_pattern(prefix).pattern}"
        )
        assert page_heading(driver), "confirmation page has an empty <h1>"
        self.accessible(key=True)
        return reference

    def printable_copy(self, reference: str) -> None:
        """Follow the link to the printable copy; it shows the same reference."""
        driver = self.driver
        follow_link(driver, href=self.service_path("confirmation/print"))
        self.expect("confirmation/print")
        shown = [e.text.strip() for e in driver.find_elements(By.CSS_SELECTOR, "strong.reference")]
        assert shown == [reference], f"printable copy shows references {shown}, expected [{reference!r}]"
        self.accessible(key=True)

    def complete(self, steps: list[Step], prefix: str) -> str:
        """Start, walk every step, check answers, send, open the printable copy."""
        self.start()
        self.walk(steps)
        self.at_check_answers()
        reference = self.send(prefix)
        self.printable_copy(reference)
        return reference


# --------------------------------------------------------------------------
# Journeys through the sample services in services/


@dataclass(frozen=True)
class Service:
    slug: str
    prefix: str


SERVICES = {
    "hardship-fund": Service("hardship-fund", "HRD"),
    "bulky-waste": Service("bulky-waste", "BLK"),
    "report-a-pothole": Service("report-a-pothole", "POT"),
    "school-transport-consultation": Service("school-transport-consultation", "STC"),
    "volunteering": Service("volunteering", "VOL"),
}


def hardship_eligibility() -> list[Step]:
    return [
        Step("lives-in-area", {"lives-in-area": "yes"}),
        Step("previous-payment", {"previous-payment": "no"}),
    ]


def hardship_details() -> list[Step]:
    return [
        Step("full-name", {"full-name": "Mòrag NicLeòid"}),
        Step("date-of-birth", {"date-of-birth-day": "27", "date-of-birth-month": "3", "date-of-birth-year": "1985"}),
        Step("contact-details", {"email": "morag@example.org", "phone": "07700 900982"}),
        Step("contact-by", {"contact-by": "email"}),
        Step("home-address", {"home-address-line1": "12 High Street", "home-address-town": "Inverness",
                              "home-address-postcode": "iv1 1aa"}),
    ]


def hardship_short(files: pathlib.Path) -> list[Step]:
    """Hardship fund: one person in the household, low income (no savings page), no evidence."""
    return hardship_eligibility() + hardship_details() + [
        Step("household-members", {"add-another": "yes"}),  # "Do you need to add a person?"
        Step("household-members/1", {"member-name": "Iain MacLeod", "member-age": "9",
                                     "member-relationship": "child"}),
        Step("household-members", {"add-another": "no"}),
        Step("monthly-income", {"monthly-income": "900"}, errors_first=(
            "Monthly income must be an amount of money, like 850 or 850.50",), bad_answers={"monthly-income": "nine hundred"}),
        Step("benefits", {"benefits": ["none"]}),
        Step("outgoings", {"rent": "450", "council-tax": "0", "energy": "95.50", "other-outgoings": "0"}),
        Step("needed-for", {"needed-for": ["rent"]}),
        Step("reason", {"reason": "My hours at work were cut and I have fallen behind with the rent."}),
        Step("evidence", {}),
    ]


def bulky_waste(files: pathlib.Path) -> list[Step]:
    """Bulky waste: two items then remove one, "somewhere else", the first collection date offered, the reduced charge."""
    return [
        Step("collection-address", {"collection-address-line1": "Flat 2", "collection-address-line2": "5 Shore Road",
                                    "collection-address-town": "Oban", "collection-address-postcode": "PA34 4LY"}),
        Step("items/1", {"item-type": "sofa", "item-quantity": "1"}),
        Step("items", {"add-another": "yes"}),
        Step("items/2", {"item-type": "mattress", "item-quantity": "2"}),
        Step("items", follow="items/2/remove"),
        Step("items/2/remove", {"remove": "yes"}),
        Step("items", {"add-another": "no"}),
        Step("where-left", {"where-left": "somewhere-else"}),
        Step("where-left-details", {"where-left-details": "At the back gate on the lane"}),
        # The first date and slot with room (the dates offered move on every day).
        Step("collection-date", {"collection-date": FIRST_CHOICE}, errors_first=("Select a date and time for your collection",)),
        Step("benefits", {"benefits": ["universal-credit"]}),
        Step("concession", {"claimant-name": "Anna Campbell", "ni-number": "QQ 12 34 56 C"}, errors_first=(
            "Enter a National Insurance number in the correct format, like QQ 12 34 56 C",),
             bad_answers={"claimant-name": "Anna Campbell", "ni-number": "12345"}),
        Step("contact-details", {"phone": "01632 960001", "email": "anna@example.org"}),
        Step("contact-by", {"contact-by": "both"}, errors_first=("Select how we should send your confirmation and reminder",)),
    ]


def report_a_pothole(files: pathlib.Path) -> list[Step]:
    """Pothole: a large one (depth page), a location with coordinates, a photo."""
    photo = write_png(files / "pothole.png")
    return [
        Step("immediate-danger", {"immediate-danger": "no"}),
        Step("location", {"location-description": "Outside 12 High Street, near the bus stop",
                          "location-latitude": "57.4778", "location-longitude": "-4.2247"},
             errors_first=("Describe where the pothole is",)),
        Step("surface", {"surface": "road"}),
        Step("size", {"size": "large"}),
        Step("depth", {"depth": "deep"}),
        Step("photo", {"photo": photo}),
        Step("more-detail", {"more-detail": "Water collects in it when it rains."}),
        Step("email", {"email": "reporter@example.org"}),
    ]


def school_transport(files: pathlib.Path) -> list[Step]:
    """Consultation: a parent (child's school page), disagrees (concerns page)."""
    return [
        Step("respondent-type", {"respondent-type": "parent-carer"}),
        Step("your-child", {"child-school": "gaelic-primary", "child-travel": "school-bus"}),
        Step("agree-with-proposal", {"agree-with-proposal": "no"}),
        Step("concerns", {"concerns": ["road-safety", "rural-areas"]}),
        Step("preferred-option", {"preferred-option": "phased"}),
        Step("views", {"views": "Many children in rural areas have no safe walking route."},
             errors_first=("Tell us why you think this",)),
        Step("effect-on-family", {"effect-on-family": "My son would have to walk 2.5 miles on an unlit road."}),
        Step("publish-response", {"publish-response": "do-not-publish"}),
        Step("email", {}),
    ]


def volunteering(files: pathlib.Path) -> list[Step]:
    """Volunteering: a PVG member (membership number page, then straight to check answers)."""
    return [
        Step("aged-16-or-over", {"aged-16-or-over": "yes"}),
        Step("full-name", {"full-name": "Calum Mac an t-Saoir"}),
        Step("contact-details", {"email": "calum@example.org", "phone": ""}),
        Step("postcode", {"postcode": "hs1 2aa"}),
        Step("interests", {"interests": ["food-bank", "gaelic"]}),
        Step("availability", {"available-times": ["weekday-evenings", "weekends"], "hours-per-month": "8"}),
        Step("experience", {"experience": "First aid certificate and a full driving licence."}),
        Step("pvg-member", {"pvg-member": "yes"}),
        Step("pvg-number", {"pvg-number": "1234 5678 9012 3456"}, errors_first=(
            "PVG scheme membership number must be 16 digits, like 1234 5678 9012 3456",),
             bad_answers={"pvg-number": "1234 5678"}),
    ]


ROUTES = {
    "hardship-fund": hardship_short,
    "bulky-waste": bulky_waste,
    "report-a-pothole": report_a_pothole,
    "school-transport-consultation": school_transport,
    "volunteering": volunteering,
}
