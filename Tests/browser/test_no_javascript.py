"""The forms work with JavaScript off: volunteering from start to confirmation,
including a page sent with invalid answers."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from journey import SERVICES, Runner, volunteering
from support import answer, check_error_summary, submit


def test_javascript_is_really_off(browser_nojs):
    browser_nojs.get("data:text/html,<title>off</title><script>document.title='on'</script>")
    assert browser_nojs.title == "off", "the browser_nojs fixture ran a page script"


def test_volunteering_without_javascript(server, browser_nojs, tmp_path):
    driver = browser_nojs
    runner = Runner(driver, server, "volunteering", language="en", axe="none")
    steps = volunteering(tmp_path)
    availability = next(i for i, step in enumerate(steps) if step.page == "availability")

    runner.start()
    runner.walk(steps[:availability])

    # One invalid answer: too many hours a month. The page comes back with the
    # error, and keeps what was typed and ticked.
    runner.expect("availability")
    answer(driver, {"available-times": ["weekends"], "hours-per-month": "200"})
    submit(driver, "Continue")
    runner.expect("availability")
    check_error_summary(driver, "en", ["Hours a month must be 160 or fewer"])
    hours = driver.find_element(By.NAME, "hours-per-month")
    assert hours.get_attribute("value") == "200", "the rejected answer was not shown again"
    weekends = driver.find_element(By.CSS_SELECTOR, "input[name=available-times][value=weekends]")
    assert weekends.is_selected(), "the ticked box was lost after the error"
    assert "hours-per-month-error" in (hours.get_attribute("aria-describedby") or ""), (
        "the field with the error is not described by its error message"
    )
    answer(driver, steps[availability].answers)
    submit(driver, "Continue")
    runner.walk(steps[availability + 1:])

    runner.at_check_answers()
    reference = runner.send(SERVICES["volunteering"].prefix)
    runner.printable_copy(reference)
