"""The back office in a real browser: working a case, and assisted digital.

- A case officer (created with the CLI, signed in with an authenticator code)
  works a signed-in citizen's volunteering request from Received to Closed on
  the case page: assigns it, moves it through the workflow (with the errors for
  no status and for a decline without a reason), asks the applicant a question
  that the citizen answers from MyAccount in their own browser, adds a note,
  messages the applicant and closes the case. The timeline records every event,
  the target is met, and the citizen sees the outcome and the message but not
  the internal note.
- A customer service agent starts "Report a pothole" for a caller on the
  phone (after the start form's errors), fills it in, and finds the case with
  the channel and their name, and the caller's request by their email address.
- The agent's start form works without JavaScript.

axe-core runs on every page state visited with JavaScript on, error pages too.
"""

from __future__ import annotations

import pathlib
import subprocess
import uuid
from typing import Iterator
from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.by import By

from journey import SERVICES, Runner, Step, report_a_pothole
from support import (
    check_accessibility,
    check_error_summary,
    choose_radio,
    error_summary_messages,
    fill,
    follow_link,
    path_of,
    query_of,
    submit,
    summary_list,
    table_rows,
    totp_code,
)
from test_accounts import (
    expect_account_home,
    expect_page,
    main_text,
    register,
    send_volunteering_request,
)

STAFF_PASSWORD = "back office passphrase for tests"
VOLUNTEERING = SERVICES["volunteering"]
POTHOLE = SERVICES["report-a-pothole"]
TIMELINE = "Every event, newest first"


def unique(name: str, domain: str = "example.org") -> str:
    return f"{name}-{uuid.uuid4().hex[:10]}@{domain}"


@pytest.fixture
def citizen_browser(request: pytest.FixtureRequest) -> Iterator:
    """A second headless Chromium (JavaScript on), for the citizen while the
    officer works in ``browser``: made as the ``browser`` fixture makes its own
    (this folder's conftest.py, found among pytest's plugins so that another
    folder's conftest cannot stand in for it)."""
    here = pathlib.Path(__file__).resolve().parent / "conftest.py"
    conftest = next(
        plugin for plugin in request.config.pluginmanager.get_plugins()
        if getattr(plugin, "__file__", None) and pathlib.Path(plugin.__file__).resolve() == here
    )
    driver = conftest._chromium(javascript=True)
    try:
        yield driver
    finally:
        driver.quit()


# --------------------------------------------------------------------------
# Staff


def create_staff(onecouncil_bin, database, email: str, role: str, service: str | None = None) -> None:
    command = [str(onecouncil_bin), "users", "create", "--email", email, "--role", role,
               "--database", f"sqlite://{database}"]
    if service:
        command += ["--service", service]
    created = subprocess.run(command, input=STAFF_PASSWORD + "\n", capture_output=True, text=True, timeout=60)
    assert created.returncode == 0, f"users create {role} failed: {created.stdout}\n{created.stderr}"
    assert "Created staff account" in created.stdout, created.stdout


def enrol_and_sign_in(driver, base_url: str, email: str, *, axe: bool) -> None:
    """First sign-in of a new member of staff: password, authenticator set-up
    with a code computed from the shared secret, recovery codes, staff home."""
    driver.get(base_url + "/staff/sign-in")
    expect_page(driver, "/staff/sign-in", "Staff sign in", axe=axe)
    fill(driver, "email", email)
    fill(driver, "password", STAFF_PASSWORD)
    submit(driver, "Continue")
    expect_page(driver, "/staff/mfa/set-up", "Set up your authenticator app", axe=axe)
    secret = driver.find_element(By.CSS_SELECTOR, "input[type=hidden][name=secret]").get_attribute("value")
    fill(driver, "code", totp_code(secret))
    submit(driver, "Continue")
    expect_page(driver, "/staff/mfa/set-up", "Save your recovery codes", axe=axe)
    follow_link(driver, text="Continue")
    expect_page(driver, "/staff", "Staff home", axe=axe)
    assert driver.find_element(By.CSS_SELECTOR, "main .caption-l").text.strip() == email


# --------------------------------------------------------------------------
# The case page


def notice(driver) -> list[str]:
    """The "done" banners (role=status) on the page."""
    return [" ".join(e.text.split()) for e in driver.find_elements(By.CSS_SELECTOR, "main [role=status]")]


def insets(driver) -> list[str]:
    """Inset texts, such as the question a case is waiting on."""
    return [" ".join(e.text.split()) for e in driver.find_elements(By.CSS_SELECTOR, "main .inset-text")]


def radio_options(driver, name: str) -> dict[str, str]:
    """value -> label text of the radios called ``name``."""
    options = {}
    for radio in driver.find_elements(By.CSS_SELECTOR, f"input[type=radio][name='{name}']"):
        label = driver.find_element(By.CSS_SELECTOR, f"label[for='{radio.get_attribute('id')}']")
        options[radio.get_attribute("value")] = " ".join(label.text.split())
    return options


def subheadings(driver) -> list[str]:
    return [" ".join(h.text.split()) for h in driver.find_elements(By.CSS_SELECTOR, "main h2")]


def action_headings(driver) -> list[str]:
    """The headings of the case page's column of actions."""
    return [" ".join(h.text.split()) for h in driver.find_elements(By.CSS_SELECTOR, "main .case-actions h2")]


def timeline(driver) -> list[str]:
    """The "What" column of the case's timeline, newest first."""
    return [row[2] for row in table_rows(driver, TIMELINE)]


def expect_case(driver, reference: str, done: str | None = None, *, heading: str = "Sign up to volunteer",
                axe: bool = True) -> dict[str, str]:
    """On the case page (after an action: with its ?done= notice); returns the summary."""
    __tracebackhide__ = True
    expect_page(driver, f"/backoffice/cases/{reference}", heading, axe=axe)
    assert driver.find_element(By.CSS_SELECTOR, "main .caption-l").text.strip() == reference
    if done is not None:
        assert query_of(driver) == f"done={done}", f"after the action, on {driver.current_url}"
    else:
        assert not notice(driver), f"a notice without an action on {driver.current_url}: {notice(driver)}"
    return summary_list(driver, 0)


def expect_case_error(driver, reference: str, action: str, messages: list[str]) -> None:
    """The case page came back from POST .../action with these errors (and no
    action done)."""
    __tracebackhide__ = True
    assert path_of(driver) == f"/backoffice/cases/{reference}/{action}", (
        f"expected the case page with errors at .../{action}, on {driver.current_url}"
    )
    check_error_summary(driver, expected=messages)
    check_accessibility(driver)


def case_action(driver, reference: str, button: str, done: str, notice_text: str, **fields: str) -> dict[str, str]:
    """Fill fields (radios by value, else text) and press ``button``; expect
    the case page again with the notice. Returns the summary."""
    for name, value in fields.items():
        if driver.find_elements(By.CSS_SELECTOR, f"input[type=radio][name='{name}']"):
            choose_radio(driver, name, value)
        else:
            fill(driver, name, value)
    submit(driver, button)
    summary = expect_case(driver, reference, done)
    assert notice(driver) == [notice_text], f"notice after {button!r}: {notice(driver)}"
    return summary


def test_an_officer_works_a_case_to_closed_with_the_citizens_answer(
    server, server_database, onecouncil_bin, browser, citizen_browser, tmp_path
):
    """Citizen sends a volunteering request signed in -> officer: assign to me
    -> no status chosen (error) -> In review -> ask a question -> citizen:
    empty answer (error), then answers from MyAccount -> officer: back In
    review with the reply on the timeline -> Declined without a reason (error)
    -> Approved (target met) -> note -> message -> Closed; timeline complete
    and in order; the citizen sees approval and message, not the note."""
    officer_email = unique("officer", "council.example")
    question = "Which weekends suit you?"
    reply = "The first weekend of each month, and any Sunday."
    note = "Welcome pack posted second class."
    message = "See you at the food bank on Saturday at 10!"

    # The citizen registers, confirms and sends a volunteering request signed in.
    citizen = citizen_browser
    citizen_email = unique("volunteer")
    link = register(citizen, server, server_database, citizen_email, axe=True)
    citizen.get(link)
    expect_account_home(citizen, citizen_email, confirmed=True)
    reference = send_volunteering_request(citizen, server, tmp_path, axe="key")
    request_page = f"/account/requests/{reference}"

    # The case officer.
    create_staff(onecouncil_bin, server_database, officer_email, "case-officer", VOLUNTEERING.slug)
    officer = browser
    enrol_and_sign_in(officer, server, officer_email, axe=True)
    case_page = f"{server}/backoffice/cases/{reference}"
    officer.get(case_page)
    summary = expect_case(officer, reference)
    assert summary["Status"] == "Received", summary
    assert summary["Assigned to"] == "Nobody (in the service’s queue)", summary
    assert summary["Received"].endswith("by online form"), summary
    assert summary["Applicant"] == "Calum Mac an t-Saoir, calum@example.org", summary
    assert summary["Target"].startswith("Due"), summary
    assert "Calum Mac an t-Saoir" in main_text(officer), "the answers are not on the case page"
    assert action_headings(officer)[:5] == [
        "Assign", "Change status", "Request more information", "Add a note", "Message the applicant"
    ], action_headings(officer)
    assignees = radio_options(officer, "assignee")
    assert assignees.get("me") == "To me" and assignees.get("queue") == "Back to the service’s queue", assignees
    # From Received the workflow allows In review or Closed (not Approved);
    # asking for information has its own form.
    assert radio_options(officer, "status") == {"in-review": "In review", "closed": "Closed"}, (
        radio_options(officer, "status")
    )

    # Assign to me.
    summary = case_action(officer, reference, "Assign", "assigned", "Assignment changed.", assignee="me")
    assert summary["Assigned to"] == officer_email, summary

    # No status chosen: an error, linked to the status radios.
    submit(officer, "Change status")
    expect_case_error(officer, reference, "status", ["Select the new status"])
    assert "status" in (officer.find_element(By.ID, "status-fieldset").get_attribute("aria-describedby") or ""), (
        "the status fieldset is not described by its error"
    )
    assert summary_list(officer, 0)["Status"] == "Received"

    # In review.
    summary = case_action(officer, reference, "Change status", "status", "Status changed.", status="in-review")
    assert summary["Status"] == "In review", summary
    assert set(radio_options(officer, "status")) == {"approved", "declined", "closed"}, radio_options(officer, "status")

    # Ask the applicant a question.
    summary = case_action(officer, reference, "Send request", "requested",
                          "Request for information sent; the case is waiting for the applicant.", question=question)
    assert summary["Status"] == "Waiting for information", summary
    assert "Request more information" not in subheadings(officer), "a second request offered while waiting"
    assert f"Information requested: {question}" in timeline(officer), timeline(officer)

    # The citizen answers from their account (after trying an empty answer).
    citizen.get(server + request_page)
    expect_page(citizen, request_page, "Sign up to volunteer")
    assert "We need more information" in subheadings(citizen), subheadings(citizen)
    assert question in insets(citizen), f"the question is not on the request page: {insets(citizen)}"
    assert summary_list(citizen, 0)["Status"] == "Waiting for information", summary_list(citizen, 0)
    submit(citizen, "Send answer")
    assert path_of(citizen) == request_page and query_of(citizen) == "error=answer", citizen.current_url
    check_error_summary(citizen, expected=["Enter your answer"])
    check_accessibility(citizen)
    fill(citizen, "answer", reply)
    submit(citizen, "Send answer")
    expect_page(citizen, request_page, "Sign up to volunteer")
    assert query_of(citizen) == "replied=1", citizen.current_url
    assert "Thank you: we have your answer." in notice(citizen), notice(citizen)
    assert not citizen.find_elements(By.NAME, "answer"), "the reply form is still there after answering"
    progress = [row[1] for row in table_rows(citizen, "Progress")]
    assert f"You replied: {reply}" in progress and f"We asked: {question}" in progress, progress

    # The case is back with the officer.
    officer.get(case_page)
    summary = expect_case(officer, reference)
    assert summary["Status"] == "In review", summary
    assert f"Applicant replied: {reply}" in timeline(officer), timeline(officer)
    replied_row = next(row for row in table_rows(officer, TIMELINE) if row[2].startswith("Applicant replied"))
    assert replied_row[1] == "Applicant", f"who replied: {replied_row}"

    # Declining needs a reason.
    choose_radio(officer, "status", "declined")
    submit(officer, "Change status")
    expect_case_error(officer, reference, "status", ["Enter the reason for moving the case to Declined"])
    assert officer.find_element(By.CSS_SELECTOR, "input[name=status][value=declined]").is_selected(), (
        "the chosen status was lost after the error"
    )
    assert summary_list(officer, 0)["Status"] == "In review"

    # Approve, note, message, close.
    summary = case_action(officer, reference, "Change status", "status", "Status changed.", status="approved")
    assert summary["Status"] == "Approved", summary
    assert summary["Target"].startswith("Target met"), summary
    case_action(officer, reference, "Add note", "note", "Note added.", note=note)
    case_action(officer, reference, "Send message", "message", "Message sent.", message=message)
    summary = case_action(officer, reference, "Change status", "status", "Status changed.", status="closed")
    assert summary["Status"] == "Closed", summary
    assert summary["Target"].startswith("Target met"), summary
    assert "Change status" not in subheadings(officer), "a move is offered out of Closed"
    assert "Request more information" not in subheadings(officer), "information can be requested on a closed case"

    events = timeline(officer)
    expected_in_order = [
        f"Assigned to {officer_email}",
        "Status: In review",
        f"Information requested: {question}",
        f"Applicant replied: {reply}",
        "Status: Approved",
        f"Note: {note}",
        f"Message to applicant: {message}",
        "Status: Closed",
    ]
    positions = []
    for event in expected_in_order:
        assert event in events, f"{event!r} is not on the timeline: {events}"
        # The oldest of equal lines, as the list ran oldest first before.
        positions.append(len(events) - 1 - events[::-1].index(event))
    assert positions == sorted(positions, reverse=True), f"the timeline is not newest first: {events}"
    # Views are on the audit trail, not in the case's story.
    assert "Opened" not in events, events
    queued = [e for e in events if e.startswith("Notification queued")]
    assert f"Notification queued (email): Your request {reference} has been updated" in queued, events
    assert f"Notification queued (email): We need more information about {reference}" in queued, events
    assert f"Notification queued (email): A message about your request {reference}" in queued, events

    # The citizen sees the outcome and the message, never the note.
    citizen.get(server + request_page)
    expect_page(citizen, request_page, "Sign up to volunteer")
    text = main_text(citizen)
    assert summary_list(citizen, 0)["Status"] == "Closed", summary_list(citizen, 0)
    progress = [row[1] for row in table_rows(citizen, "Progress")]
    assert "Your request has been approved." in progress, progress
    assert f"Message from the council: {message}" in progress, progress
    assert note not in text, "the internal note is shown to the citizen"
    assert officer_email not in text, "the officer's address is shown to the citizen"


# --------------------------------------------------------------------------
# Assisted digital


def pothole_for_a_caller(files) -> list[Step]:
    """Report a pothole, with the form's own email address left blank."""
    steps = report_a_pothole(files)
    assert steps[-1].page == "email"
    return steps[:-1] + [Step("email", {"email": ""})]


def test_an_agent_submits_a_report_for_a_caller_on_the_phone(
    server, server_database, onecouncil_bin, browser, tmp_path
):
    """Agent: start form errors (none chosen; then a bad email too) -> phone
    call, caller's email and phone -> report a pothole (form's own email
    blank) -> the case says "by phone, entered by" the agent, the caller's
    email is the applicant's -> finding by the caller's email lists it."""
    driver = browser
    agent_email = unique("agent", "council.example")
    caller_email = unique("caller")
    create_staff(onecouncil_bin, server_database, agent_email, "customer-service-agent")
    enrol_and_sign_in(driver, server, agent_email, axe=True)

    driver.get(server + "/backoffice/assisted")
    expect_page(driver, "/backoffice/assisted", "Start a request for a caller")
    services = {value for value in radio_options(driver, "service")}
    assert {s.slug for s in SERVICES.values()} <= services, f"services offered: {services}"
    assert radio_options(driver, "channel") == {
        "phone": "Phone call", "face_to_face": "Face to face", "email": "Email", "letter": "Letter",
    }, radio_options(driver, "channel")

    # Nothing chosen, then a bad email address as well.
    submit(driver, "Start the form")
    assert path_of(driver) == "/backoffice/assisted", driver.current_url
    check_error_summary(driver, expected=["Select the service the caller needs", "Select how the caller contacted us"])
    check_accessibility(driver)
    fill(driver, "caller-email", "not an email")
    submit(driver, "Start the form")
    check_error_summary(driver, expected=[
        "Select the service the caller needs", "Select how the caller contacted us",
        "Enter an email address in the correct format, like name@example.com",
    ])
    check_accessibility(driver)
    assert driver.find_element(By.NAME, "caller-email").get_attribute("value") == "not an email"

    choose_radio(driver, "service", POTHOLE.slug)
    choose_radio(driver, "channel", "phone")
    fill(driver, "caller-email", caller_email.upper())
    fill(driver, "caller-phone", "07700 900 982")
    submit(driver, "Start the form")

    runner = Runner(driver, server, POTHOLE.slug, language="en", axe="all")
    runner.walk(pothole_for_a_caller(tmp_path))  # checks it starts on the first page
    runner.at_check_answers()
    reference = runner.send(POTHOLE.prefix)

    # The case records the channel and who entered it.
    driver.get(f"{server}/backoffice/cases/{reference}")
    summary = expect_case(driver, reference, heading="Report a pothole")
    assert summary["Received"].endswith(f"by phone, entered by {agent_email}"), summary
    assert summary["Applicant"] == caller_email, f"the caller's email is not the applicant's: {summary}"
    assert summary["Status"] == "Received", summary
    assert "Change status" not in subheadings(driver), "an agent is offered status changes"

    # Find the caller's requests by their email address, with the form.
    driver.get(server + "/backoffice/assisted")
    fill(driver, "q", caller_email)
    submit(driver, "Find")
    expect_page(driver, "/backoffice/assisted/find", "Find a caller’s requests")
    assert urlsplit(driver.current_url).query.lower().startswith("q="), driver.current_url
    assert driver.find_element(By.NAME, "q").get_attribute("value") == caller_email
    rows = table_rows(driver, "1 request")
    assert [row[:2] for row in rows] == [[reference, "Report a pothole"]], rows
    follow_link(driver, text=reference)
    expect_case(driver, reference, heading="Report a pothole", axe=False)

    # Nothing found.
    driver.get(server + "/backoffice/assisted/find?q=" + unique("nobody"))
    expect_page(driver, "/backoffice/assisted/find", "Find a caller’s requests")
    assert "No requests match" in main_text(driver), main_text(driver)
    assert not driver.find_elements(By.CSS_SELECTOR, "main table")

    # The status is in words, as on the case page (checked last, so that the
    # rest runs even while it fails).
    assert rows[0][2] == "Received", f"status in the search results: {rows[0]}"


def test_an_agent_starts_a_form_without_javascript(server, server_database, onecouncil_bin, browser_nojs):
    """Without JavaScript: sign in, choose service and channel, Start the form
    -> the first question of report a pothole."""
    driver = browser_nojs
    agent_email = unique("agent-nojs", "council.example")
    create_staff(onecouncil_bin, server_database, agent_email, "customer-service-agent")
    enrol_and_sign_in(driver, server, agent_email, axe=False)
    driver.get(server + "/backoffice/assisted")
    expect_page(driver, "/backoffice/assisted", "Start a request for a caller", axe=False)
    choose_radio(driver, "service", POTHOLE.slug)
    choose_radio(driver, "channel", "phone")
    fill(driver, "caller-email", unique("caller-nojs"))
    submit(driver, "Start the form")
    runner = Runner(driver, server, POTHOLE.slug, language="en", axe="none")
    runner.expect("immediate-danger")
    runner.expect_no_errors()
    assert driver.find_elements(By.CSS_SELECTOR, "input[name=immediate-danger]"), "no question on the first page"


# --------------------------------------------------------------------------
# The service designer's preview of a service's messages


def test_a_service_designer_previews_a_services_messages(server, server_database, onecouncil_bin, browser):
    """From /designer to the hardship fund's messages: every event in English and
    Gaelic, as email and text, accessible (the Gaelic blocks carry lang="gd")."""
    driver = browser
    designer = unique("designer", "council.example")
    create_staff(onecouncil_bin, server_database, designer, "service-designer")
    enrol_and_sign_in(driver, server, designer, axe=False)
    driver.get(server + "/designer")
    expect_page(driver, "/designer", "Service designer")
    follow_link(driver, href="/designer/services/hardship-fund/messages")
    expect_page(driver, "/designer/services/hardship-fund/messages", "Messages")
    assert subheadings(driver) == [
        "Request received (submitted)", "Status changed (status-changed)",
        "More information requested (information-requested)", "Appointment booked (appointment-booked)",
        "Appointment reminder (reminder)",
    ]
    text = main_text(driver)
    assert "Hardship payment application received: HRD-7K3D-9Q2P" in text
    assert "Fhuair sinn d' iarrtas airson pàigheadh cruadail: HRD-7K3D-9Q2P" in text
    assert driver.find_elements(By.CSS_SELECTOR, "main div[lang=gd]"), "the Gaelic renderings are marked as Gaelic"
