"""pytest fixtures for OneCouncil's browser tests.

- ``server``: a real ``onecouncil serve`` on a free port and a fresh SQLite
  database (one per test session); yields its base URL, e.g.
  ``http://127.0.0.1:40123``. The binary is $ONECOUNCIL_BIN (scripts/test sets
  it), else .build/debug/onecouncil. Set $ONECOUNCIL_TEST_BASE_URL to test an
  already running server instead.
- ``browser``: headless Chromium through Selenium, JavaScript on.
- ``browser_nojs``: the same with JavaScript disabled: every page must work
  without it.

Run with: ``python3 -m pytest -q Tests/browser`` (or ``scripts/test --only-browser``).
"""

from __future__ import annotations

import os
import pathlib
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from typing import Iterator

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

HERE = pathlib.Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))  # so tests can `from support import ...`

CHROMIUM = os.environ.get("ONECOUNCIL_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("ONECOUNCIL_CHROMEDRIVER", "/usr/bin/chromedriver")
STARTUP_TIMEOUT = 60.0
LOG_TAIL_LINES = 200

_server_log_key = pytest.StashKey[pathlib.Path]()
_server_database_key = pytest.StashKey[pathlib.Path]()


# --------------------------------------------------------------------------
# Server


def _free_port() -> int:
    # Ask the kernel for a free port; tiny race until the server binds it.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_binary() -> pathlib.Path:
    configured = os.environ.get("ONECOUNCIL_BIN")
    path = pathlib.Path(configured) if configured else REPO_ROOT / ".build" / "debug" / "onecouncil"
    if not path.is_file() or not os.access(path, os.X_OK):
        pytest.fail(
            f"server binary not found at {path}. Build it with "
            "`swift build --product onecouncil` and set ONECOUNCIL_BIN, "
            "or run scripts/test --only-browser.",
            pytrace=False,
        )
    return path


def _tail(path: pathlib.Path, lines: int = LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        return f"(could not read {path}: {error})"
    kept = text.splitlines()[-lines:]
    return "\n".join(kept) if kept else "(empty)"


def _wait_until_healthy(base_url: str, process: subprocess.Popen, log_path: pathlib.Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    last_problem = "no answer yet"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"server exited with status {process.returncode} before it was ready.\n"
                f"--- server log ({log_path}) ---\n{_tail(log_path)}",
                pytrace=False,
            )
        try:
            response = requests.get(f"{base_url}/healthz", timeout=2)
            if response.status_code == 200:
                return
            last_problem = f"/healthz answered {response.status_code}"
        except requests.RequestException as error:
            last_problem = type(error).__name__
        time.sleep(0.2)
    pytest.fail(
        f"server not healthy after {STARTUP_TIMEOUT:.0f}s ({last_problem}).\n"
        f"--- server log ({log_path}) ---\n{_tail(log_path)}",
        pytrace=False,
    )


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@pytest.fixture(scope="session")
def server(request: pytest.FixtureRequest) -> Iterator[str]:
    """Base URL of a running server (fresh SQLite database per session)."""
    external = os.environ.get("ONECOUNCIL_TEST_BASE_URL")
    if external:
        yield external.rstrip("/")
        return

    binary = _server_binary()
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="onecouncil-browser-"))
    database = workdir / "onecouncil.sqlite"
    log_path = workdir / "server.log"
    request.config.stash[_server_log_key] = log_path
    request.config.stash[_server_database_key] = database
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, ONECOUNCIL_COOKIE_SECURE="false")  # plain http in tests
    command = [
        str(binary), "serve",
        "--host", "127.0.0.1",
        "--port", str(port),
        "--database", f"sqlite://{database}",  # sqlite:// + /abs/path
    ]
    with open(log_path, "wb") as log:
        # cwd = repo root: the server reads services/ from there.
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env,
            stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
        )
    server_failed = True
    try:
        _wait_until_healthy(base_url, process, log_path)
        yield base_url
        if process.poll() is not None:
            pytest.fail(
                f"server died during the tests (status {process.returncode}).\n"
                f"--- server log ({log_path}) ---\n{_tail(log_path)}",
                pytrace=False,
            )
        server_failed = False
    finally:
        _stop(process)
        # Keep the database and log for a look after a failure (including a
        # server that never started: no test has failed yet then); else tidy up.
        if not server_failed and request.session.testsfailed == 0:
            shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def server_database(server: str, request: pytest.FixtureRequest) -> pathlib.Path:
    """The SQLite database file of the ``server`` fixture's server, e.g. to read
    the emails it queues (table ``outbox``) or to point the CLI at it
    (``--database sqlite://PATH``). Skips the test against an external server
    ($ONECOUNCIL_TEST_BASE_URL), whose database we cannot see."""
    database = request.config.stash.get(_server_database_key, None)
    if database is None:
        pytest.skip("the server's database is not known (external server)")
    return database


@pytest.fixture(scope="session")
def onecouncil_bin() -> pathlib.Path:
    """The onecouncil binary the ``server`` fixture runs, for CLI commands."""
    return _server_binary()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """On any failure, show the end of the server's log after the results."""
    log_path = config.stash.get(_server_log_key, None)
    if log_path is None or exitstatus == 0:
        return
    terminalreporter.section(f"server log (last {LOG_TAIL_LINES} lines of {log_path})")
    terminalreporter.write_line(_tail(log_path))


# --------------------------------------------------------------------------
# Browsers


def _chromium(javascript: bool) -> webdriver.Chrome:
    options = Options()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",  # we run as root in CI
        "--disable-dev-shm-usage",  # small /dev/shm in containers
        "--window-size=1280,1024",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--lang=en-GB",
    ):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2}
        )
    # An explicit chromedriver path: Selenium Manager would otherwise try to
    # download a driver, and there is no internet here.
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    # Read by support.check_accessibility: axe cannot run with JavaScript off
    # (injecting works, but its timers never fire and it would just time out).
    driver.onecouncil_javascript = javascript
    return driver


@pytest.fixture
def browser() -> Iterator[webdriver.Chrome]:
    """Headless Chromium with JavaScript on (a fresh profile for each test)."""
    driver = _chromium(javascript=True)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def browser_nojs() -> Iterator[webdriver.Chrome]:
    """Headless Chromium with JavaScript off (a fresh profile for each test)."""
    driver = _chromium(javascript=False)
    try:
        yield driver
    finally:
        driver.quit()
