"""MyAccount and staff sign-in, end to end in a real browser.

- A citizen registers, confirms the address from the email the server queues
  (read from the server's SQLite outbox), sends a volunteering request while
  signed in, finds it under "Your requests" with its progress and answers,
  signs out and back in.
- A staff member created with the CLI signs in with a password, enrols an
  authenticator app (TOTP computed here from the shared secret), saves the
  recovery codes, finds the citizen's case under "Cases", then signs in again
  with a fresh code (a used one is refused) and with a recovery code (once).
- Registering and confirming works without JavaScript.

axe-core runs on every page visited with JavaScript on.
"""

from __future__ import annotations

import base64
import re
import subprocess
import uuid
from urllib.parse import urlsplit

from selenium.webdriver.common.by import By

from journey import SERVICES, Runner, volunteering
from support import (
    check_accessibility,
    check_error_summary,
    error_summary_messages,
    fill,
    follow_link,
    links_in,
    navigate,
    page_heading,
    path_of,
    query_of,
    queued_emails,
    submit,
    totp_code,
    totp_step,
)

PASSWORD = "correct horse battery staple"
STAFF_EMAIL = "anna@council.example"
STAFF_PASSWORD = "staff passphrase for tests"
VOLUNTEERING = SERVICES["volunteering"]

# The reference of the volunteering request the citizen test sends while signed
# in, for the staff test to find under "Cases" (it sends its own if run alone).
_shared: dict[str, str] = {}


# --------------------------------------------------------------------------
# Helpers


def unique_email(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex[:10]}@example.org"


def main_text(driver) -> str:
    return " ".join(driver.find_element(By.TAG_NAME, "main").text.split())


def expect_page(driver, path: str, heading: str | None = None, *, axe: bool = True, title: str | None = None) -> None:
    """On ``path`` with this <h1>, a title starting ``title`` (default: the
    <h1>), no error summary, and (JavaScript on) no axe violation."""
    __tracebackhide__ = True
    assert path_of(driver) == path, (
        f"expected {path}, on {driver.current_url} (title {driver.title!r}, "
        f"errors {error_summary_messages(driver)})"
    )
    if heading is not None:
        assert page_heading(driver) == heading, f"<h1> on {driver.current_url}: {page_heading(driver)!r}"
        wanted = heading if title is None else title
        assert driver.title.startswith(wanted), f"title of {driver.current_url}: {driver.title!r}"
    if axe:
        check_accessibility(driver)


def header_link(driver, text: str):
    """The link ``text`` in the header's account navigation."""
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, "header nav.header-account a")
             if " ".join(a.text.split()) == text]
    shown = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "header nav.header-account a")]
    assert links, f"no header link {text!r} on {driver.current_url}; header links: {shown}"
    return links[0]


def confirmation_link(database, email: str, base_url: str) -> str:
    """The confirm-email link from the one email queued for ``email``."""
    emails = queued_emails(database, email, template="confirm-email")
    assert len(emails) == 1, f"expected one confirm-email email queued for {email}, found {emails}"
    message = emails[0]
    assert message["subject"] == "Confirm your email address", message
    links = [link for link in links_in(message["body"]) if "/account/confirm/" in link]
    assert len(links) == 1, f"no single confirm link in the email body: {message['body']!r}"
    link = urlsplit(links[0])
    assert f"{link.scheme}://{link.netloc}" == base_url, (
        f"the confirm link {links[0]} is not on this site ({base_url})"
    )
    assert re.fullmatch(r"/account/confirm/[A-Za-z0-9_-]{20,}", link.path), f"odd confirm link {links[0]}"
    return links[0]


def register(driver, base_url: str, database, email: str, *, axe: bool) -> str:
    """Register, check the "Check your email" page, and return the confirm link."""
    driver.get(base_url + "/account/register")
    expect_page(driver, "/account/register", "Create an account", axe=axe)
    fill(driver, "email", email)
    fill(driver, "password", PASSWORD)
    submit(driver, "Create account")
    expect_page(driver, "/account/check-email", "Check your email", axe=axe)
    assert query_of(driver) == "for=register", driver.current_url
    assert "We have sent you an email with a link to confirm your address" in main_text(driver)
    return confirmation_link(database, email, base_url)


def expect_account_home(driver, email: str, *, confirmed: bool = False, axe: bool = True) -> None:
    expect_page(driver, "/account", "Your account", axe=axe)
    caption = driver.find_element(By.CSS_SELECTOR, "main .caption-l").text.strip()
    assert caption == email, f"the account page names {caption!r}, not {email!r}"
    notice = "Your email address is confirmed and you are signed in."
    if confirmed:
        assert query_of(driver) == "confirmed=1", driver.current_url
        assert notice in main_text(driver), "no 'confirmed' notice after opening the email link"
    # Signed in: the header offers the account and signing out, not signing in.
    header_link(driver, "Your account")
    header_link(driver, "Sign out")


def request_rows(driver) -> dict[str, list[str]]:
    """The "Your requests" table on /account: reference -> cell texts."""
    rows = {}
    for row in driver.find_elements(By.CSS_SELECTOR, "main table tbody tr"):
        cells = [" ".join(c.text.split()) for c in row.find_elements(By.CSS_SELECTOR, "th, td")]
        if cells:
            rows[cells[0]] = cells
    return rows


def send_volunteering_request(driver, base_url: str, tmp_path, axe: str) -> str:
    runner = Runner(driver, base_url, VOLUNTEERING.slug, language="en", axe=axe)
    runner.start()
    runner.walk(volunteering(tmp_path))
    runner.at_check_answers()
    return runner.send(VOLUNTEERING.prefix)


def sign_in_staff_password(driver, base_url: str, next_path: str, *, axe: bool = True) -> None:
    driver.get(base_url + "/staff/sign-in")
    expect_page(driver, "/staff/sign-in", "Staff sign in", axe=axe)
    fill(driver, "email", STAFF_EMAIL)
    fill(driver, "password", STAFF_PASSWORD)
    submit(driver, "Continue")
    assert path_of(driver) == next_path, (
        f"after the staff password, on {driver.current_url}, expected {next_path} "
        f"(errors {error_summary_messages(driver)})"
    )


def staff_sign_out(driver, base_url: str) -> None:
    navigate(driver, header_link(driver, "Sign out").click)
    expect_page(driver, "/staff/sign-out", "Sign out")
    submit(driver, "Sign out")
    expect_page(driver, "/staff/sign-out", "You have signed out")
    driver.get(base_url + "/backoffice")
    assert path_of(driver) == "/staff/sign-in", f"/backoffice after signing out went to {driver.current_url}"


# --------------------------------------------------------------------------
# Citizen


def test_citizen_registers_sends_a_request_and_signs_back_in(server, server_database, browser, tmp_path):
    """Register -> confirm by the emailed link (signed in) -> send a
    volunteering request -> it is under "Your requests" as Received, with its
    progress and answers -> sign out -> /account asks to sign in -> a wrong
    password is refused -> sign in again."""
    driver = browser
    email = unique_email("citizen")

    # Not signed in: the account page sends you to sign in.
    driver.get(server + "/account")
    expect_page(driver, "/account/sign-in", "Sign in to your account")
    header_link(driver, "Sign in")

    link = register(driver, server, server_database, email, axe=True)
    driver.get(link)
    expect_account_home(driver, email, confirmed=True)
    assert "You have not made any requests while signed in yet." in main_text(driver)

    # A volunteering request, sent while signed in.
    reference = send_volunteering_request(driver, server, tmp_path, axe="key")
    _shared["reference"] = reference
    header_link(driver, "Sign out")  # still signed in on the confirmation page

    driver.get(server + "/account")
    expect_account_home(driver, email)
    rows = request_rows(driver)
    assert reference in rows, f"{reference} is not under 'Your requests'; rows: {rows}"
    assert rows[reference][1:2] == ["Sign up to volunteer"], rows[reference]
    assert rows[reference][-1] == "Received", f"status of {reference}: {rows[reference]}"

    follow_link(driver, text=reference)
    expect_page(driver, f"/account/requests/{reference}", "Sign up to volunteer")
    text = main_text(driver)
    assert "We received your request" in text, f"no progress on the request page: {text[:500]}"
    summary = {
        " ".join(row.find_element(By.CSS_SELECTOR, "dt").text.split()):
            " ".join(row.find_element(By.CSS_SELECTOR, "dd").text.split())
        for row in driver.find_elements(By.CSS_SELECTOR, "main .summary-list-row")
        if row.find_elements(By.CSS_SELECTOR, "dt") and row.find_elements(By.CSS_SELECTOR, "dd")
    }
    assert summary.get("Reference") == reference, summary
    assert summary.get("Status") == "Received", summary
    for given in ("Calum Mac an t-Saoir", "calum@example.org", "HS1 2AA", "Food bank and community meals",
                  "Weekends", "First aid certificate and a full driving licence.", "1234 5678 9012 3456"):
        assert given in text, f"the answer {given!r} is not on the request page: {text[:1500]}"
    # Someone else's (or a made-up) reference is not found.
    driver.get(server + "/account/requests/VOL-2222-2222")
    assert "Sign up to volunteer" not in main_text(driver)

    # Sign out from the header link.
    driver.get(server + "/account")
    navigate(driver, header_link(driver, "Sign out").click)
    expect_page(driver, "/account/sign-out", "Sign out")
    submit(driver, "Sign out")
    expect_page(driver, "/account/sign-out", "You have signed out")
    header_link(driver, "Sign in")
    driver.get(server + "/account")
    expect_page(driver, "/account/sign-in", "Sign in to your account", axe=False)
    driver.get(server + f"/account/requests/{reference}")
    assert path_of(driver) == "/account/sign-in", f"the request page is open when signed out: {driver.current_url}"

    # A wrong password is refused, the right one signs in.
    driver.get(server + "/account/sign-in")
    fill(driver, "email", email)
    fill(driver, "password", "not the password at all")
    submit(driver, "Sign in")
    assert path_of(driver) == "/account/sign-in"
    check_error_summary(driver, expected=["Enter the email address and password of your account"])
    check_accessibility(driver)
    fill(driver, "email", email)
    fill(driver, "password", PASSWORD)
    submit(driver, "Sign in")
    expect_account_home(driver, email)
    assert reference in request_rows(driver), "the request is gone after signing in again"


def test_register_and_confirm_without_javascript(server, server_database, browser_nojs):
    """Without JavaScript: register -> confirm -> /account, sign out; the
    confirm link works only once."""
    driver = browser_nojs
    email = unique_email("nojs")
    link = register(driver, server, server_database, email, axe=False)
    driver.get(link)
    expect_account_home(driver, email, confirmed=True, axe=False)

    navigate(driver, header_link(driver, "Sign out").click)
    submit(driver, "Sign out")
    expect_page(driver, "/account/sign-out", "You have signed out", axe=False)
    driver.get(server + "/account")
    assert path_of(driver) == "/account/sign-in", f"still signed in after signing out: {driver.current_url}"

    driver.get(link)
    assert page_heading(driver) == "This link has expired or has already been used", (
        f"the confirm link worked twice: {driver.current_url}"
    )


# --------------------------------------------------------------------------
# Staff


def test_staff_enrols_an_authenticator_and_signs_in_with_codes(
    server, server_database, onecouncil_bin, browser, tmp_path
):
    """A case officer created with the CLI: password -> QR code and key ->
    TOTP -> 10 recovery codes -> staff home -> the volunteering case under
    Cases -> sign out -> password + next code (a used code is refused) ->
    sign out -> password + recovery code (which then works no more)."""
    driver = browser
    reference = _shared.get("reference") or send_volunteering_request(driver, server, tmp_path, axe="none")

    created = subprocess.run(
        [str(onecouncil_bin), "users", "create", "--email", STAFF_EMAIL, "--role", "case-officer",
         "--service", VOLUNTEERING.slug, "--database", f"sqlite://{server_database}"],
        input=STAFF_PASSWORD + "\n", capture_output=True, text=True, timeout=60,
    )
    assert created.returncode == 0, f"users create failed: {created.stdout}\n{created.stderr}"
    assert "Created staff account" in created.stdout and "set-up link" not in created.stdout, created.stdout

    # Staff pages are closed before signing in.
    driver.get(server + "/backoffice")
    assert path_of(driver) == "/staff/sign-in", f"/backoffice is open before signing in: {driver.current_url}"

    # Password, then enrolment (first sign-in).
    sign_in_staff_password(driver, server, "/staff/mfa/set-up")
    expect_page(driver, "/staff/mfa/set-up", "Set up your authenticator app")
    qr = driver.find_elements(By.CSS_SELECTOR, "main svg[role=img]")
    assert len(qr) == 1, "no QR code (<svg role=img>) on the set-up page"
    assert qr[0].size["width"] > 80 and qr[0].size["height"] > 80, f"QR code too small: {qr[0].size}"
    assert qr[0].find_elements(By.TAG_NAME, "title") or qr[0].get_attribute("aria-label"), "the QR code has no name"
    secret = driver.find_element(By.CSS_SELECTOR, "input[type=hidden][name=secret]").get_attribute("value")
    assert re.fullmatch(r"[A-Za-z0-9]{20}", secret), f"odd shared secret {secret!r}"
    typed = driver.find_element(By.ID, "totp-secret").text
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{4})*", typed), f"odd key to type: {typed!r}"
    assert typed.replace(" ", "") == base64.b32encode(secret.encode()).decode().rstrip("="), (
        f"the key to type {typed!r} is not the base32 of the shared secret"
    )

    # A wrong code is refused, keeping the same secret.
    step = totp_step()
    valid = {totp_code(secret, s) for s in (step - 1, step, step + 1, step + 2)}
    wrong = next(c for c in ("123456", "654321", "111111", "222222") if c not in valid)
    fill(driver, "code", wrong)
    submit(driver, "Continue")
    assert path_of(driver) == "/staff/mfa/set-up"
    check_error_summary(driver, expected=["The security code is not right. Enter the 6-digit code the app shows now"])
    check_accessibility(driver)
    assert driver.find_element(By.CSS_SELECTOR, "input[name=secret]").get_attribute("value") == secret

    enrol_step = totp_step()
    enrol_code = totp_code(secret, enrol_step)
    fill(driver, "code", enrol_code)
    submit(driver, "Continue")
    expect_page(driver, "/staff/mfa/set-up", "Save your recovery codes")
    codes = [e.text.strip() for e in driver.find_elements(By.CSS_SELECTOR, "#recovery-codes li")]
    assert len(codes) == 10 and len(set(codes)) == 10, f"recovery codes: {codes}"
    assert all(re.fullmatch(r"[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}", c) for c in codes), codes
    follow_link(driver, text="Continue")
    expect_page(driver, "/staff", "Staff home")
    assert driver.find_element(By.CSS_SELECTOR, "main .caption-l").text.strip() == STAFF_EMAIL
    assert "Case officer – volunteering" in main_text(driver), main_text(driver)

    follow_link(driver, text="Cases")
    expect_page(driver, "/backoffice", "Cases")
    # The queue opens on "my cases"; the new case is in the service's queue until someone takes it.
    driver.get(server + "/backoffice?queue=all")
    expect_page(driver, "/backoffice", "Cases")
    links = [" ".join(a.text.split()) for a in driver.find_elements(By.CSS_SELECTOR, "main table a")]
    assert reference in links, f"the volunteering case {reference} is not under Cases: {links}"
    assert not any(link.startswith(("HRD-", "POT-", "BLK-", "STC-")) for link in links), (
        f"a volunteering case officer sees other services' cases: {links}"
    )
    follow_link(driver, text=reference)
    expect_page(driver, f"/backoffice/cases/{reference}", "Sign up to volunteer")
    assert "Calum Mac an t-Saoir" in main_text(driver)

    # Second sign-in: the code already used is refused, the next one works.
    staff_sign_out(driver, server)
    sign_in_staff_password(driver, server, "/staff/mfa", axe=False)
    expect_page(driver, "/staff/mfa", "Enter the code from your authenticator app")
    fill(driver, "code", enrol_code)
    submit(driver, "Sign in")
    assert path_of(driver) == "/staff/mfa", f"a used code was accepted again: {driver.current_url}"
    check_error_summary(driver, expected=[
        "The security code is not right, or has been used. Enter the code your app shows now"
    ])
    check_accessibility(driver)
    # The server takes one step either side of its own; the step after the
    # used one is always new, and in that window for the next 30 s or more.
    next_step = max(enrol_step + 1, totp_step())
    fill(driver, "code", totp_code(secret, next_step))
    submit(driver, "Sign in")
    expect_page(driver, "/staff", "Staff home", axe=False)

    # Third sign-in, with a recovery code instead of the app: works once.
    staff_sign_out(driver, server)
    sign_in_staff_password(driver, server, "/staff/mfa", axe=False)
    fill(driver, "code", codes[3].lower().replace("-", " "))  # typed loosely
    submit(driver, "Sign in")
    expect_page(driver, "/staff", "Staff home", axe=False)
    staff_sign_out(driver, server)
    sign_in_staff_password(driver, server, "/staff/mfa", axe=False)
    fill(driver, "code", codes[3])
    submit(driver, "Sign in")
    assert path_of(driver) == "/staff/mfa", f"a used recovery code was accepted again: {driver.current_url}"
    assert error_summary_messages(driver), "no error for a used recovery code"
