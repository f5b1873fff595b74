#!/usr/bin/env python3
"""Prepares N browser sessions, each with a volunteering journey ready to submit,
for the HTML form-submission benchmark.

It completes one journey for real over HTTP (so the answers, the CSRF token and the
check-answers digest are exactly what the server produced), then copies that
session and journey N times into the SQLite database under new random session
tokens. Each copy submits once. Writes one token per line to --tokens, and the
form fields (_csrf, answers_digest) as a url-encoded body to --body.
"""
from http_session import Session
import argparse, hashlib, re, secrets, sqlite3, string, sys, time, urllib.parse

PAGES = [  # (page, fields) in journey order for services/volunteering.yaml
    ("aged-16-or-over", [("aged-16-or-over", "yes")]),
    ("full-name", [("full-name", "Morag MacLeod")]),
    ("contact-details", [("email", "morag.macleod@example.com"), ("phone", "07700 900982")]),
    ("postcode", [("postcode", "IV2 3EX")]),
    ("interests", [("interests", "food-bank"), ("interests", "gaelic")]),
    ("availability", [("available-times", "weekends"), ("hours-per-month", "8")]),
    ("experience", [("experience", "Helped at the church food bank.")]),
    ("pvg-member", [("pvg-member", "no")]),
    ("pvg-willing", [("pvg-willing", "yes")]),
]
ALPHABET = string.ascii_letters + string.digits + "-_"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--tokens", required=True)
    parser.add_argument("--body", required=True)
    args = parser.parse_args()

    browser = Session(args.host, args.port, timeout=10)
    request, cookies = browser.request, browser.cookies

    status, location, _ = request("GET", "/services/volunteering/start")
    assert status == 302, f"start: {status}"
    csrf = None
    for page, fields in PAGES:
        status, _, html = request("GET", f"/services/volunteering/{page}")
        assert status == 200, f"GET {page}: {status}"
        csrf = re.search(r'name="_csrf" value="([^"]+)"', html).group(1)
        status, location, html = request("POST", f"/services/volunteering/{page}", fields + [("_csrf", csrf)])
        assert status == 303, f"POST {page}: {status} {html[:300]}"
    status, _, html = request("GET", "/services/volunteering/check-answers")
    assert status == 200, f"check-answers: {status}"
    digest = re.search(r'name="answers_digest" value="([^"]+)"', html).group(1)

    token = cookies["oc_session"]
    session_hash = hashlib.sha256(token.encode()).hexdigest()
    db = sqlite3.connect(args.database, timeout=30)
    session = db.execute("SELECT csrf_token, language, created_at FROM web_sessions WHERE id_hash = ?", (session_hash,)).fetchone()
    journey = db.execute(
        "SELECT slug, version, answers, completed, updated_at FROM journeys WHERE session_hash = ?", (session_hash,)
    ).fetchone()
    assert session and journey, "the real journey was not found in the database"

    tokens = ["".join(secrets.choice(ALPHABET) for _ in range(32)) for _ in range(args.count)]
    now = int(time.time() * 1000)
    with db:
        db.executemany(
            "INSERT INTO web_sessions (id_hash, csrf_token, language, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
            [(hashlib.sha256(t.encode()).hexdigest(), session[0], session[1], now, now) for t in tokens],
        )
        db.executemany(
            "INSERT INTO journeys (session_hash, slug, version, answers, completed, submitted_reference, updated_at) "
            "VALUES (?, ?, ?, ?, ?, NULL, ?)",
            [(hashlib.sha256(t.encode()).hexdigest(), journey[0], journey[1], journey[2], journey[3], now) for t in tokens],
        )
    with open(args.tokens, "w") as f:
        f.write("\n".join(tokens) + "\n")
    with open(args.body, "w") as f:
        f.write(urllib.parse.urlencode([("_csrf", session[0]), ("answers_digest", digest)]))
    print(f"prepared {len(tokens)} journeys ready to submit", file=sys.stderr)


if __name__ == "__main__":
    main()
