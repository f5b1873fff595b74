"""End-to-end checks of the `onecouncil` binary: the services CLI contract
(`FILE:LINE:COLUMN: message`, exit codes, versions), `serve` on PostgreSQL, and
graceful shutdown. Runs the real binary ($ONECOUNCIL_BIN, else .build/debug/onecouncil)."""

from __future__ import annotations

import json
import os
import pathlib
import re
import signal
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid

import pytest

REPO_ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
BINARY = pathlib.Path(os.environ.get("ONECOUNCIL_BIN", REPO_ROOT / ".build" / "debug" / "onecouncil"))
POSTGRES_URL = os.environ.get("ONECOUNCIL_TEST_POSTGRES_URL")
VOLUNTEERING = json.loads((REPO_ROOT / "scripts" / "bench-data" / "volunteering.json").read_text())


def run(*args: str, cwd=REPO_ROOT, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([str(BINARY), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def api_token(database: str, *scopes: str, name: str = "e2e") -> str:
    """A new API client's token, made with `onecouncil api-clients create` (default scope: submissions:create)."""
    arguments = ["api-clients", "create", "--database", database, "--name", name]
    for scope in scopes or ("submissions:create",):
        arguments += ["--scope", scope]
    created = run(*arguments)
    assert created.returncode == 0, created.stderr
    return created.stdout.strip()


def request(url: str, body: dict | None = None, token: str | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


class Server:
    def __init__(self, database: str, workdir: pathlib.Path, env: dict | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = workdir / f"server-{self.port}.log"
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [str(BINARY), "serve", "--port", str(self.port), "--database", database],
                cwd=REPO_ROOT, stdout=log, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            try:
                status, _ = request(f"{self.url}/healthz")
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise AssertionError("server did not become healthy:\n" + self.log.read_text())

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                # A server that does not stop fails the test, but must not outlive it holding database connections.
                self.process.kill()
                self.process.wait(timeout=10)
                raise AssertionError("the server did not stop within 30 s of SIGTERM:\n" + self.log.read_text()[-4000:])
        return self.process.returncode


@pytest.fixture
def workdir():
    with tempfile.TemporaryDirectory(prefix="onecouncil-e2e-") as directory:
        yield pathlib.Path(directory)


def test_validate_accepts_the_sample_services():
    result = run("services", "validate", *sorted(str(p) for p in (REPO_ROOT / "services").glob("*.yaml")))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_validate_reports_every_problem_as_file_line_column(workdir):
    broken = workdir / "broken.yaml"
    broken.write_text(
        "format: 1\n"
        "slug: Bad Slug\n"
        "reference_prefix: TST\n"
        "title: Test\n"
        "summary: Test\n"
        "start: {body: Hello}\n"
        "sections:\n"
        "  - id: main\n"
        "    title: Main\n"
        "    pages:\n"
        "      - id: name\n"
        "        questions:\n"
        "          - {id: name, type: txt, label: Name}\n"
        "confirmation: {title: Done, what_happens_next: Wait}\n"
    )
    result = run("services", "validate", str(broken))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2, result.stdout
    assert re.fullmatch(rf"{re.escape(str(broken))}:2:7: slug must be .*", lines[0]), lines[0]
    assert re.fullmatch(rf"{re.escape(str(broken))}:13:\d+: unknown question type txt; .*", lines[1]), lines[1]


def test_validate_reports_yaml_syntax_errors_with_position(workdir):
    broken = workdir / "syntax.yaml"
    broken.write_text("format: 1\nslug: [unclosed\n")
    result = run("services", "validate", str(broken))
    assert result.returncode == 1
    assert re.match(rf"{re.escape(str(broken))}:\d+:\d+: YAML syntax error", result.stdout), result.stdout


def test_import_publishes_new_versions_and_export_prints_the_current_one(workdir):
    database = str(workdir / "cli.sqlite")
    source = (REPO_ROOT / "services" / "volunteering.yaml").read_text()
    first = workdir / "volunteering.yaml"
    first.write_text(source)
    result = run("services", "import", str(first), "--database", database)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "published volunteering version 1" in result.stdout

    result = run("services", "import", str(first), "--database", database)
    assert "unchanged (version 1)" in result.stdout

    changed = source.replace("Sign up to volunteer", "Sign up to volunteer with us", 1)
    assert changed != source
    first.write_text(changed)
    result = run("services", "import", str(first), "--database", database)
    assert "published volunteering version 2" in result.stdout

    exported = run("services", "export", "volunteering", "--database", database)
    assert exported.returncode == 0
    assert exported.stdout == changed if changed.endswith("\n") else changed + "\n"

    missing = run("services", "export", "no-such-service", "--database", database)
    assert missing.returncode == 1
    assert "no published service called no-such-service" in missing.stderr

    # The canonical form is the writer's: it differs from the file, validates, and reads back to the same form.
    canonical = run("services", "export", "volunteering", "--canonical", "--database", database)
    assert canonical.returncode == 0, canonical.stderr
    assert canonical.stdout.startswith("format: 1\nslug: volunteering\n")
    assert "Sign up to volunteer with us" in canonical.stdout
    assert canonical.stdout != exported.stdout
    written = workdir / "canonical.yaml"
    written.write_text(canonical.stdout)
    assert run("services", "validate", str(written)).returncode == 0
    result = run("services", "import", str(written), "--database", database)
    assert "published volunteering version 3" in result.stdout
    again = run("services", "export", "volunteering", "--canonical", "--database", database)
    assert again.stdout == canonical.stdout


def test_api_clients_are_created_listed_and_revoked_from_the_command_line(workdir):
    database = f"sqlite://{workdir / 'clients.sqlite'}"
    refused = run("api-clients", "create", "--database", database, "--name", "x", "--scope", "cases:delete", "--service", "nope")
    assert refused.returncode == 1
    assert "error: --scope: cases:delete is not a scope" in refused.stderr
    assert "error: --service: There is no published service called nope" in refused.stderr
    token = api_token(database, "cases:read", name="Health board")
    assert re.fullmatch(r"occ_1_[A-Za-z0-9_-]{43}", token)
    listed = run("api-clients", "list", "--database", database)
    assert listed.stdout.splitlines() == ["1\tHealth board\tcases:read\tevery service\tactive"]
    server = Server(database, workdir)
    try:
        assert request(f"{server.url}/api/v1/cases", token=token)[0] == 200
        assert run("api-clients", "revoke", "--id", "1", "--database", database).returncode == 0
        assert request(f"{server.url}/api/v1/cases", token=token)[0] == 401
    finally:
        server.stop()
    again = run("api-clients", "revoke", "--id", "1", "--database", database)
    assert again.returncode == 1 and "no active API client 1" in again.stderr
    assert run("api-clients", "list", "--database", database).stdout.endswith("\trevoked\n")
    import sqlite3
    secret = token.split("_", 2)[2]
    rows = sqlite3.connect(workdir / "clients.sqlite").execute("SELECT * FROM api_clients").fetchall()
    assert secret not in repr(rows)


def test_bad_database_url_is_a_clear_error():
    result = run("serve", "--database", "mysql://u@h/db", "--port", str(free_port()))
    assert result.returncode != 0
    assert "--database" in result.stderr and "postgres://" in result.stderr


def test_sigterm_lets_submissions_in_flight_finish(workdir):
    server = Server(f"sqlite://{workdir / 'graceful.sqlite'}", workdir)
    token = api_token(f"sqlite://{workdir / 'graceful.sqlite'}")
    references: list[str] = []
    failures: list[str] = []
    stop = threading.Event()

    def submit_until_stopped():
        while not stop.is_set():
            try:
                status, body = request(f"{server.url}/api/v1/services/volunteering/submissions", VOLUNTEERING, token)
            except OSError:
                return  # the server stopped listening: expected after SIGTERM
            if status == 201:
                references.append(body["reference"])
            else:
                failures.append(f"{status} {body}")

    threads = [threading.Thread(target=submit_until_stopped) for _ in range(8)]
    for thread in threads:
        thread.start()
    time.sleep(1.5)
    assert server.stop() == 0, server.log.read_text()
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    assert not failures, failures[:3]
    assert references, "no submission was acknowledged before the shutdown"

    import sqlite3
    stored = {row[0] for row in sqlite3.connect(workdir / "graceful.sqlite").execute("SELECT reference FROM submissions")}
    assert set(references) <= stored


@pytest.mark.skipif(not POSTGRES_URL, reason="ONECOUNCIL_TEST_POSTGRES_URL is not set")
def test_serve_on_postgresql(workdir):
    import subprocess as sp
    schema = "e2e_" + uuid.uuid4().hex[:12]
    sp.run(["psql", POSTGRES_URL, "-q", "-c", f"CREATE SCHEMA {schema}"], check=True, capture_output=True)
    try:
        server = Server(f"{POSTGRES_URL}?schema={schema}", workdir)
        try:
            status, health = request(f"{server.url}/healthz")
            assert (status, health) == (200, {"status": "ok", "database": "postgresql"})
            status, refused = request(f"{server.url}/api/v1/services/volunteering/submissions", VOLUNTEERING)
            assert status == 401, refused
            token = api_token(f"{POSTGRES_URL}?schema={schema}")
            status, created = request(f"{server.url}/api/v1/services/volunteering/submissions", VOLUNTEERING, token)
            assert status == 201, created
            assert re.fullmatch(r"VOL-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", created["reference"])
            rows = sp.run(
                ["psql", POSTGRES_URL, "-tA", "-c",
                 f"SELECT c.status FROM {schema}.submissions s JOIN {schema}.cases c USING (reference) WHERE s.reference = '{created['reference']}'"],
                check=True, capture_output=True, text=True,
            ).stdout.split()
            assert rows == ["received"]
        finally:
            assert server.stop() == 0
    finally:
        sp.run(["psql", POSTGRES_URL, "-q", "-c", f"DROP SCHEMA {schema} CASCADE"], capture_output=True)
