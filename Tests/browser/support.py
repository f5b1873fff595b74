"""Helpers for OneCouncil's browser tests (Selenium + headless Chromium).

Import them in tests with ``from support import ...`` (conftest.py puts this
folder on sys.path).
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import re
import struct
import sys
import zlib
from typing import Any, Callable, Mapping
from urllib.parse import urlsplit

from selenium.common.exceptions import (
    ElementClickInterceptedException,
    ElementNotInteractableException,
    NoSuchElementException,
    StaleElementReferenceException,
    TimeoutException,
    WebDriverException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

# WCAG 2.2 AA as axe-core tags it (axe has no separate 'wcag22a' rules).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

_axe_source: str | None = None


# --------------------------------------------------------------------------
# Accessibility


def axe_script_path() -> pathlib.Path:
    """Path of the axe.min.js bundled in the axe-playwright-python package.

    That package is installed with --no-deps (scripts/test-deps) purely for this
    file: axe-core 4.x, which we run through Selenium ourselves.
    """
    looked: list[str] = []
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None:
        looked.append("python package 'axe_playwright_python' is not importable "
                      f"from {sys.executable} (sys.path: {sys.path})")
    else:
        for location in spec.submodule_search_locations or []:
            root = pathlib.Path(location)
            candidate = root / "axe.min.js"
            looked.append(str(candidate))
            if candidate.is_file():
                return candidate
            looked.append(f"{root}/**/axe.min.js")
            found = sorted(root.rglob("axe.min.js"))
            if found:
                return found[0]
    raise FileNotFoundError(
        "axe.min.js not found; looked in:\n  " + "\n  ".join(looked)
        + "\nInstall it with scripts/test-deps "
        "(python3 -m pip install --no-deps axe-playwright-python)."
    )


def _axe() -> str:
    global _axe_source
    if _axe_source is None:
        _axe_source = axe_script_path().read_text(encoding="utf-8")
    return _axe_source


_RUN_AXE = """
const tags = arguments[0];
const rules = arguments[1];
const done = arguments[arguments.length - 1];
const only = rules.length ? {type: 'rule', values: rules} : {type: 'tag', values: tags};
axe.run(document, {runOnly: only, resultTypes: ['violations']})
  .then(results => done({
    violations: results.violations.map(v => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map(n => ({
        target: n.target,
        html: n.html,
        summary: n.failureSummary,
      })),
    })),
  }))
  .catch(err => done({error: String(err && err.stack || err)}));
"""


def _trim(text: str | None, limit: int = 200) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_accessibility(driver: WebDriver, max_nodes: int = 5, best_practice: tuple[str, ...] = ()) -> None:
    """Run axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the current page, and
    the best-practice rules named in ``best_practice`` (such as ``region``:
    all content inside landmarks).

    Raises AssertionError listing every violation. Needs JavaScript, so use it
    with the ``browser`` fixture, not ``browser_nojs``.
    """
    __tracebackhide__ = True  # pytest: show the caller, not this helper
    if getattr(driver, "onecouncil_javascript", True) is False:
        raise AssertionError(
            "check_accessibility needs JavaScript: use the `browser` fixture, "
            "not `browser_nojs`"
        )
    if not driver.execute_script("return typeof window.axe !== 'undefined';"):
        driver.execute_script(_axe())
    if not driver.execute_script("return typeof window.axe !== 'undefined';"):
        raise AssertionError(
            "axe-core did not load into the page; is JavaScript disabled in this browser?"
        )
    driver.set_script_timeout(60)
    violations = []
    for rules in ([], list(best_practice)) if best_practice else ([],):
        result = driver.execute_async_script(_RUN_AXE, AXE_TAGS, rules)
        if result.get("error"):
            raise AssertionError(f"axe-core failed on {driver.current_url}: {result['error']}")
        violations += result["violations"]
    if not violations:
        return
    lines = [f"{len(violations)} accessibility violation(s) on {driver.current_url}:"]
    for v in violations:
        lines.append(f"- [{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"][:max_nodes]:
            target = " ".join(json.dumps(t) if not isinstance(t, str) else t for t in node["target"])
            lines.append(f"    at {target}")
            lines.append(f"       {_trim(node['html'])}")
            if node.get("summary"):
                lines.append(f"       {_trim(node['summary'], 300)}")
        if len(v["nodes"]) > max_nodes:
            lines.append(f"    … and {len(v['nodes']) - max_nodes} more")
    raise AssertionError("\n".join(lines))


# --------------------------------------------------------------------------
# Page helpers (all work with JavaScript off too)


def _css_string(value: str) -> str:
    """A CSS string literal, for attribute selectors."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\a ") + '"'


def _normalise(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _click(driver: WebDriver, element: WebElement) -> None:
    """Click an input; if it is styled away (GOV.UK-style radios and checkboxes
    hide the real input under the label), click its label instead."""
    try:
        element.click()
        return
    except (ElementNotInteractableException, ElementClickInterceptedException):
        pass
    element_id = element.get_attribute("id")
    if element_id:
        labels = driver.find_elements(By.CSS_SELECTOR, f"label[for={_css_string(element_id)}]")
        if labels:
            labels[0].click()
            return
    # A label wrapping the input.
    wrapping = element.find_elements(By.XPATH, "ancestor::label[1]")
    if wrapping:
        wrapping[0].click()
        return
    raise AssertionError(f"could not click {element.get_attribute('outerHTML')[:200]}")


def fill(driver: WebDriver, name: str, value: str) -> WebElement:
    """Set the field called ``name`` (input, textarea or select) to ``value``.

    Text fields are cleared first. For a <select>, ``value`` may be an option's
    value or its visible text.
    """
    elements = driver.find_elements(By.NAME, name)
    elements = [e for e in elements if (e.get_attribute("type") or "").lower() not in ("hidden",)]
    if not elements:
        raise AssertionError(f"no form field named {name!r} on {driver.current_url}")
    element = elements[0]
    if element.tag_name.lower() == "select":
        select = Select(element)
        try:
            select.select_by_value(value)
        except NoSuchElementException:
            select.select_by_visible_text(value)
        return element
    kind = (element.get_attribute("type") or "").lower()
    if kind in ("radio", "checkbox"):
        raise AssertionError(f"{name!r} is a {kind}; use choose_radio/check_box")
    element.clear()
    element.send_keys(value)
    return element


def _buttons(driver: WebDriver) -> list[tuple[str, WebElement]]:
    candidates = driver.find_elements(
        By.CSS_SELECTOR,
        "button, input[type=submit], input[type=button], a[role=button], a.govuk-button",
    )
    labelled = []
    for element in candidates:
        label = _normalise(element.text) or _normalise(element.get_attribute("value"))
        labelled.append((label, element))
    return labelled


def click_button(driver: WebDriver, text: str) -> None:
    """Click the button (or submit input, or link styled as a button) whose
    visible text is exactly ``text`` (whitespace-normalised)."""
    __tracebackhide__ = True  # pytest: show the caller, not this helper
    wanted = _normalise(text)
    buttons = _buttons(driver)
    for label, element in buttons:
        if label == wanted and element.is_displayed():
            element.click()
            return
    available = ", ".join(repr(label) for label, _ in buttons) or "none"
    raise AssertionError(f"no button {wanted!r} on {driver.current_url}; buttons: {available}")


def _input(driver: WebDriver, kind: str, name: str, value: str) -> WebElement:
    selector = f"input[type={kind}][name={_css_string(name)}][value={_css_string(value)}]"
    found = driver.find_elements(By.CSS_SELECTOR, selector)
    if not found:
        values = [e.get_attribute("value") for e in
                  driver.find_elements(By.CSS_SELECTOR, f"input[type={kind}][name={_css_string(name)}]")]
        raise AssertionError(
            f"no {kind} {name!r} with value {value!r} on {driver.current_url}; values: {values}"
        )
    return found[0]


def choose_radio(driver: WebDriver, name: str, value: str) -> WebElement:
    """Select the radio button ``name`` = ``value``."""
    element = _input(driver, "radio", name, value)
    if not element.is_selected():
        _click(driver, element)
    assert element.is_selected(), f"radio {name}={value} did not become selected"
    return element


def check_box(driver: WebDriver, name: str, value: str) -> WebElement:
    """Tick the checkbox ``name`` = ``value`` (leaves it ticked if it already is)."""
    element = _input(driver, "checkbox", name, value)
    if not element.is_selected():
        _click(driver, element)
    assert element.is_selected(), f"checkbox {name}={value} did not become ticked"
    return element


def page_heading(driver: WebDriver) -> str:
    """Text of the page's h1. Fails unless there is exactly one."""
    __tracebackhide__ = True  # pytest: show the caller, not this helper
    headings = driver.find_elements(By.TAG_NAME, "h1")
    if len(headings) != 1:
        raise AssertionError(
            f"expected exactly one <h1> on {driver.current_url}, found {len(headings)}"
        )
    return _normalise(headings[0].text)


# --------------------------------------------------------------------------
# Navigation, forms, error summaries and test files (all work with JavaScript off)

NAVIGATION_TIMEOUT = 20


def path_of(driver: WebDriver) -> str:
    """The path of the current address, without query or fragment."""
    return urlsplit(driver.current_url).path


def query_of(driver: WebDriver) -> str:
    return urlsplit(driver.current_url).query


def navigate(driver: WebDriver, action: Callable[[], None]) -> None:
    """Run ``action`` (a click that loads a new page) and wait until the new
    page has replaced the old one and finished loading."""
    old = driver.find_element(By.TAG_NAME, "html")
    action()

    def replaced(_: WebDriver) -> bool:
        try:
            old.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            # Mid-navigation chromedriver sometimes reports the old node this way.
            if "does not belong to the document" in str(error) or "No node with given id" in str(error):
                return True
            raise

    try:
        WebDriverWait(driver, NAVIGATION_TIMEOUT).until(replaced)
        WebDriverWait(driver, NAVIGATION_TIMEOUT).until(
            lambda d: d.execute_script("return document.readyState") == "complete"
        )
    except TimeoutException:
        raise AssertionError(
            f"no new page {NAVIGATION_TIMEOUT}s after the click; still on {driver.current_url}"
        ) from None


def submit(driver: WebDriver, text: str) -> None:
    """Click the button ``text`` and wait for the next page."""
    navigate(driver, lambda: click_button(driver, text))


def follow_link(driver: WebDriver, *, text: str | None = None, href: str | None = None) -> None:
    """Click the link with exactly this visible text, or whose path is ``href``
    (query ignored unless given), and wait for the next page."""
    links = driver.find_elements(By.CSS_SELECTOR, "a[href]")
    for link in links:
        if text is not None and _normalise(link.text) != _normalise(text):
            continue
        if href is not None:
            target = urlsplit(link.get_attribute("href") or "")
            wanted = urlsplit(href)
            if target.path != wanted.path or (wanted.query and target.query != wanted.query):
                continue
        if link.is_displayed():
            navigate(driver, link.click)
            return
    available = ", ".join(
        f"{_normalise(link.text)!r} -> {link.get_attribute('href')}" for link in links
    )
    raise AssertionError(
        f"no link text={text!r} href={href!r} on {driver.current_url}; links: {available}"
    )


class FirstChoice:
    """An answer for ``answer``: the first radio of the field, whatever its value
    (an appointment question offers different dates every day)."""

    def __repr__(self) -> str:
        return "FIRST_CHOICE"


FIRST_CHOICE = FirstChoice()


def answer(driver: WebDriver, answers: Mapping[str, Any]) -> None:
    """Answer the questions on the current page from a dict of field name ->
    value. What is done depends on the field found by that name:

    - text input, textarea or select: ``fill`` with the string
    - radios: ``choose_radio`` with the string (an option value), or
      ``FIRST_CHOICE`` for the first radio
    - checkboxes: ``check_box`` for each value in the list (a lone string is one value)
    - file input: upload the file at the given path (a pathlib.Path or str)
    """
    for name, value in answers.items():
        elements = [
            e for e in driver.find_elements(By.NAME, name)
            if (e.get_attribute("type") or "").lower() != "hidden"
        ]
        if not elements:
            raise AssertionError(f"no form field named {name!r} on {driver.current_url}")
        kind = (elements[0].get_attribute("type") or "").lower()
        if elements[0].tag_name.lower() == "input" and kind == "radio":
            if isinstance(value, FirstChoice):
                value = elements[0].get_attribute("value")
            choose_radio(driver, name, str(value))
        elif elements[0].tag_name.lower() == "input" and kind == "checkbox":
            for one in ([value] if isinstance(value, str) else value):
                check_box(driver, name, one)
        elif elements[0].tag_name.lower() == "input" and kind == "file":
            elements[0].send_keys(str(pathlib.Path(value).resolve()))
        else:
            fill(driver, name, str(value))


def error_summary_messages(driver: WebDriver) -> list[str]:
    return [_normalise(a.text) for a in driver.find_elements(By.CSS_SELECTOR, ".error-summary a")]


ERROR_TITLE_PREFIX = {"en": "Error: ", "gd": "Mearachd: "}


def check_error_summary(
    driver: WebDriver, language: str = "en", expected: list[str] | tuple[str, ...] | None = None
) -> list[str]:
    """The page shows a GOV.UK-style error summary: the title starts with
    "Error: ", the summary is visible, has a link per error whose #fragment is
    the id of a form control on the page, and each field shows its message.
    Returns the messages in the summary."""
    url = driver.current_url
    prefix = ERROR_TITLE_PREFIX[language]
    assert driver.title.startswith(prefix), (
        f"title on an error page should start with {prefix!r}: {driver.title!r} ({url})"
    )
    summaries = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    assert len(summaries) == 1, f"expected one .error-summary on {url}, found {len(summaries)}"
    summary = summaries[0]
    assert summary.is_displayed(), f"the error summary is not visible on {url}"
    assert summary.get_attribute("role") == "alert" or summary.find_elements(
        By.CSS_SELECTOR, "[role=alert]"
    ), f"the error summary on {url} is not announced (no role=alert)"
    links = summary.find_elements(By.CSS_SELECTOR, "a")
    assert links, f"the error summary on {url} has no links to the fields"
    messages = []
    for link in links:
        message = _normalise(link.text)
        messages.append(message)
        href = link.get_attribute("href") or ""
        fragment = urlsplit(href).fragment
        assert fragment, f"error summary link {message!r} on {url} has no #fragment: {href}"
        targets = driver.find_elements(By.ID, fragment)
        assert len(targets) == 1, (
            f"error summary link {message!r} on {url} points to #{fragment}, "
            f"but {len(targets)} elements have that id"
        )
        target = targets[0]
        assert target.tag_name.lower() in ("input", "select", "textarea"), (
            f"error summary link {message!r} on {url} points to #{fragment}, which is a "
            f"<{target.tag_name}>, not the form field: {target.get_attribute('outerHTML')[:200]}"
        )
        # The field's own error message is shown next to it too.
        inline = [_normalise(e.text) for e in driver.find_elements(By.CSS_SELECTOR, ".error-message")]
        assert any(message in text for text in inline), (
            f"error {message!r} is in the summary on {url} but not by the field; "
            f"field messages: {inline}"
        )
    if expected is not None:
        assert messages == list(expected), f"error summary on {url}: {messages}, expected {list(expected)}"
    # Keyboard focus starts on the summary, so screen readers announce it and
    # keyboard users reach the links first.
    focused = driver.switch_to.active_element
    assert "error-summary" in (focused.get_attribute("class") or ""), (
        f"focus is not on the error summary on {url} but on "
        f"{(focused.get_attribute('outerHTML') or '')[:150]}"
    )
    # Following the first link puts the cursor in that field.
    first = links[0]
    fragment = urlsplit(first.get_attribute("href") or "").fragment
    first.click()
    focused = driver.switch_to.active_element
    assert focused.get_attribute("id") == fragment, (
        f"after clicking the error link {messages[0]!r} on {url}, focus is on "
        f"{(focused.get_attribute('outerHTML') or '')[:150]}, not #{fragment}"
    )
    return messages


_VISIBLE_STRINGS = """
const out = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  const text = node.textContent.replace(/\\s+/g, ' ').trim();
  if (text) out.push(text);
}
for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
  for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
    const value = el.getAttribute(name);
    if (value && value.trim()) out.push(value.trim());
  }
}
return out;
"""


def page_strings(driver: WebDriver) -> list[str]:
    """Every text node (trimmed, visible or visually hidden) and the text
    attributes (aria-label, title, alt, placeholder) in the page's body."""
    return driver.execute_script(_VISIBLE_STRINGS)


def write_pdf(path: pathlib.Path, text: str = "OneCouncil test evidence") -> pathlib.Path:
    """Write a small, valid one-page PDF."""
    stream = f"BT /F1 18 Tf 30 100 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(out))
    return path


def write_png(path: pathlib.Path, width: int = 4, height: int = 3) -> pathlib.Path:
    """Write a small, valid grey PNG."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw))
           + chunk(b"IEND", b""))
    path.write_bytes(png)
    return path


# --------------------------------------------------------------------------
# Emails the server queues, and authenticator codes


def queued_emails(database: pathlib.Path, to: str, template: str | None = None,
                  timeout: float = 10.0) -> list[dict[str, Any]]:
    """The emails queued for ``to`` in the server's outbox (SQLite table
    ``outbox``, topic ``email``), oldest first: dicts with ``to``, ``subject``,
    ``body`` and ``template``. Waits up to ``timeout`` seconds for at least one
    (of that ``template``, if given). The server uses WAL, so reading while it
    runs is fine."""
    import sqlite3
    import time

    deadline = time.monotonic() + timeout
    while True:
        connection = sqlite3.connect(str(database), timeout=10)
        try:
            rows = connection.execute(
                "SELECT payload FROM outbox WHERE topic = 'email' ORDER BY id"
            ).fetchall()
        finally:
            connection.close()
        emails = [json.loads(payload) for (payload,) in rows]
        emails = [e for e in emails if (e.get("to") or "").lower() == to.lower()
                  and (template is None or e.get("template") == template)]
        if emails or time.monotonic() >= deadline:
            return emails
        time.sleep(0.2)


def links_in(text: str) -> list[str]:
    """Every http(s) address in a piece of text (an email body)."""
    return re.findall(r"https?://[^\s<>\"']+", text)


TOTP_PERIOD = 30


def totp_step(at: float | None = None) -> int:
    """The RFC 6238 time step (30 s) of ``at`` (default: now)."""
    import time

    return int((time.time() if at is None else at) // TOTP_PERIOD)


def totp_code(secret: str, step: int | None = None) -> str:
    """The 6-digit RFC 6238 code (HMAC-SHA-1) for a time step (default: now).

    The key is the shared secret's UTF-8 bytes as OneCouncil stores it (what
    its QR code and typed key encode in base32), not a base32 string decoded."""
    import hashlib
    import hmac

    counter = totp_step() if step is None else step
    digest = hmac.new(secret.encode("utf-8"), struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


# --------------------------------------------------------------------------
# Reading summary lists and tables


def summary_list(driver: WebDriver, which: int | None = None) -> dict[str, str]:
    """The GOV.UK summary lists in <main>: key (dt) -> value (first dd), texts
    whitespace-normalised; all of them (a later row with the same key wins),
    or only the list number ``which`` (0: the first on the page)."""
    lists = driver.find_elements(By.CSS_SELECTOR, "main .summary-list")
    if which is not None:
        assert len(lists) > which, f"no summary list number {which} on {driver.current_url} ({len(lists)} lists)"
        lists = [lists[which]]
    rows = {}
    for row in (r for found in lists for r in found.find_elements(By.CSS_SELECTOR, ".summary-list-row")):
        keys = row.find_elements(By.CSS_SELECTOR, "dt")
        values = row.find_elements(By.CSS_SELECTOR, "dd")
        if keys and values:
            rows[_normalise(keys[0].text)] = _normalise(values[0].text)
    return rows


def table_rows(driver: WebDriver, caption: str | None = None) -> list[list[str]]:
    """The body rows of the table in <main> whose caption is ``caption`` (or of
    the only table, if None), as lists of cell texts (th and td). Fails unless
    exactly one table matches."""
    __tracebackhide__ = True  # pytest: show the caller, not this helper
    tables = driver.find_elements(By.CSS_SELECTOR, "main table")
    captions = [_normalise(" ".join(c.text for c in t.find_elements(By.TAG_NAME, "caption"))) for t in tables]
    if caption is not None:
        tables = [t for t, c in zip(tables, captions) if c == _normalise(caption)]
    if len(tables) != 1:
        raise AssertionError(
            f"expected one table captioned {caption!r} on {driver.current_url}; table captions: {captions}"
        )
    return [
        [_normalise(cell.text) for cell in row.find_elements(By.CSS_SELECTOR, "th, td")]
        for row in tables[0].find_elements(By.CSS_SELECTOR, "tbody tr")
    ]
