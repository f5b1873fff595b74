"""A small, fast stand-in for GOV.UK Notify for the drain benchmark.

Checks each request's JWT (HS256 with the key's secret, iss = service id, iat within 30 s), answers 201 with a new
notification id, and counts what it accepted. GET /stats answers {"accepted": N, "refused": N, "first": t, "last": t}
(times from time.monotonic(), in seconds).

    python3 stand_in_notify.py PORT SERVICE_ID SECRET
"""
import base64
import hashlib
import hmac
import json
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PORT, SERVICE_ID, SECRET = int(sys.argv[1]), sys.argv[2], sys.argv[3].encode()
lock = threading.Lock()
stats = {"accepted": 0, "refused": 0, "first": None, "last": None}


def b64decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def token_problem(header: str) -> str | None:
    if not header.startswith("Bearer "):
        return "no bearer token"
    parts = header[7:].split(".")
    if len(parts) != 3:
        return "not a JWT"
    expected = hmac.new(SECRET, f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, b64decode(parts[2])):
        return "bad signature"
    claims = json.loads(b64decode(parts[1]))
    if claims.get("iss") != SERVICE_ID or abs(time.time() - claims.get("iat", 0)) > 30:
        return "bad claims"
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status: int, body: dict):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        with lock:
            self.reply(200, dict(stats))

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
        problem = token_problem(self.headers.get("Authorization", ""))
        if problem is None and not (body.get("template_id") and (body.get("email_address") or body.get("phone_number"))):
            problem = "ValidationError"
        now = time.monotonic()
        with lock:
            if problem:
                stats["refused"] += 1
            else:
                stats["accepted"] += 1
                stats["first"] = stats["first"] or now
                stats["last"] = now
        if problem:
            self.reply(400 if problem == "ValidationError" else 403, {"status_code": 403, "errors": [{"error": "AuthError", "message": problem}]})
        else:
            self.reply(201, {"id": str(uuid.uuid4()), "reference": body.get("reference"), "template": {"id": body["template_id"]}})


ThreadingHTTPServer.daemon_threads = True
ThreadingHTTPServer.request_queue_size = 256
ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
