"""Two `onecouncil serve` processes on one PostgreSQL behave as one: submissions to
either are all stored, a sign-in on one is valid on the other, and every
notification is sent exactly once (through a stand-in GOV.UK Notify) although both
servers run a job worker."""

from __future__ import annotations

import base64
import http.cookiejar
import http.server
import json
import re
import subprocess
import threading
import time
import urllib.parse
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest

from test_cli_and_server import POSTGRES_URL, VOLUNTEERING, Server, api_token, request

SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506"
SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0"


class StandInNotify(http.server.ThreadingHTTPServer):
    """Records every email it is asked to send; refuses requests without a JWT issued by the service id."""

    def __init__(self):
        self.sent: list[dict] = []
        self.refused = 0
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), NotifyHandler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class NotifyHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (http.server's naming)
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        token = self.headers.get("Authorization", "").removeprefix("Bearer ")
        claims = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "==")) if token.count(".") == 2 else {}
        with self.server.lock:
            if claims.get("iss") != SERVICE_ID:
                self.server.refused += 1
                self.send_response(403)
                self.end_headers()
                return
            self.server.sent.append(body)
        reply = json.dumps({"id": str(uuid.uuid4())}).encode()
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args):
        pass


def psql(sql: str) -> list[str]:
    return subprocess.run(["psql", POSTGRES_URL, "-tA", "-c", sql], check=True, capture_output=True, text=True).stdout.split("\n")


class Browser:
    """Form posts with cookies, as a browser without JavaScript would make them."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def get(self, url: str) -> tuple[int, str, str]:
        try:
            with self.opener.open(url, timeout=30) as response:
                return response.status, response.read().decode(), response.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), error.headers.get("Location", "")

    def post(self, url: str, fields: dict, page: str) -> tuple[int, str, str]:
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode({**fields, "_csrf": token}).encode()
        try:
            with self.opener.open(urllib.request.Request(url, data=data), timeout=30) as response:
                return response.status, response.read().decode(), response.headers.get("Location", "")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), error.headers.get("Location", "")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.mark.skipif(not POSTGRES_URL, reason="ONECOUNCIL_TEST_POSTGRES_URL is not set")
def test_two_servers_share_one_postgresql_without_losing_or_repeating_work(tmp_path):
    schema = "two_" + uuid.uuid4().hex[:12]
    psql(f"CREATE SCHEMA {schema}")
    notify = StandInNotify()
    threading.Thread(target=notify.serve_forever, daemon=True).start()
    env = {
        "ONECOUNCIL_NOTIFY_API_KEY": f"two-servers-{SERVICE_ID}-{SECRET}",
        "ONECOUNCIL_NOTIFY_EMAIL_TEMPLATE": "email-template",
        "ONECOUNCIL_NOTIFY_URL": notify.url,
    }
    database = f"{POSTGRES_URL}?schema={schema}"
    servers = []
    try:
        servers = [Server(database, tmp_path, env), Server(database, tmp_path, env)]
        token = api_token(database)
        # Submissions to both servers at once.
        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(
                lambda i: request(f"{servers[i % 2].url}/api/v1/services/volunteering/submissions", VOLUNTEERING, token),
                range(60),
            ))
        assert all(status == 201 for status, _ in results), results
        references = {body["reference"] for _, body in results}
        assert len(references) == 60

        # Register on one server, confirm and carry on with the other.
        browser = Browser()
        _, page, _ = browser.get(f"{servers[0].url}/account/register")
        status, _, location = browser.post(f"{servers[0].url}/account/register",
                                           {"email": "two@example.com", "password": "two servers one database"}, page)
        assert status == 303, location
        payload = psql(f"SELECT payload FROM {schema}.outbox WHERE topic = 'email' ORDER BY id DESC LIMIT 1")[0]
        link = re.search(r"/account/confirm/[A-Za-z0-9_-]+", json.loads(payload)["body"]).group(0)
        status, _, location = browser.get(servers[1].url + link)
        assert (status, location) == (303, "/account?confirmed=1")
        status, account, _ = browser.get(f"{servers[0].url}/account")
        assert status == 200 and "two@example.com" in account, "the session made on one server is valid on the other"

        # Both workers drain the queue; every message goes out once.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            waiting = psql(f"SELECT COUNT(*) FROM {schema}.outbox WHERE topic IN ('notification', 'email') AND status <> 'done'")[0]
            if waiting == "0":
                break
            time.sleep(0.5)
        assert waiting == "0", psql(f"SELECT status, last_error FROM {schema}.outbox WHERE status <> 'done'")
        with notify.lock:
            sent = list(notify.sent)
        assert notify.refused == 0
        mentioned = [re.search(r"VOL-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}", m["personalisation"]["subject"]) for m in sent]
        submitted = [m.group(0) for m in mentioned if m]
        assert sorted(submitted) == sorted(references), "one notification for each submission, none twice"
        assert len([m for m in sent if m["email_address"] == "two@example.com"]) == 1
        assert len({m["reference"] for m in sent}) == len(sent), "Notify references (idempotency keys) are unique"
    finally:
        for server in servers:
            assert server.stop() == 0
        notify.shutdown()
        psql(f"DROP SCHEMA {schema} CASCADE")
