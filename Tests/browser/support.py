"""Helpers for OneCouncil's browser tests (Selenium + headless Chromium).

Import them in tests with ``from support import ...`` (conftest.py puts this
folder on sys.path).
"""

from __future__ import annotations

import importlib.util
import json
import pathlib
import re
import sys

from selenium.common.exceptions import (
    ElementClickInterceptedException,
    ElementNotInteractableException,
    NoSuchElementException,
)
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select

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
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})
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


def check_accessibility(driver: WebDriver, max_nodes: int = 5) -> None:
    """Run axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the current page.

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
    result = driver.execute_async_script(_RUN_AXE, AXE_TAGS)
    if result.get("error"):
        raise AssertionError(f"axe-core failed on {driver.current_url}: {result['error']}")
    violations = result["violations"]
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
