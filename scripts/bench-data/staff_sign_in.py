#!/usr/bin/env python3
"""Signs a member of staff in for the first time (password, then authenticator
set-up with a TOTP code worked out here) and prints the Cookie header value that
carries the signed-in session, for wrk:

    oc_session=...; oc_staff=...

With --walk PATH --pages N it then follows the "Next page" link of the list at
PATH N times and prints that page's address on a second line, so a benchmark can
measure a page deep into a list.

TOTP is RFC 6238: HMAC-SHA-1 over the 30-second step, 6 digits; the key is the
UTF-8 bytes of the secret the set-up page carries in its hidden `secret` input.
"""
from http_session import Session
import argparse, hashlib, hmac, html, re, struct, sys, time, urllib.parse


def totp(secret: str, at: float) -> str:
    digest = hmac.new(secret.encode("utf-8"), struct.pack(">Q", int(at // 30)), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--walk", help="a list to page through after signing in")
    parser.add_argument("--pages", type=int, default=0)
    args = parser.parse_args()

    browser = Session(args.host, args.port, timeout=60)
    request, cookies = browser.request, browser.cookies

    def hidden(name, page):
        match = re.search(rf'name="{name}" value="([^"]*)"', page)
        if not match:
            sys.exit(f"staff_sign_in: no hidden {name} on the page")
        return html.unescape(match.group(1))

    status, _, page = request("GET", "/staff/sign-in")
    assert status == 200, f"GET /staff/sign-in: {status}"
    status, location, _ = request("POST", "/staff/sign-in", [
        ("email", args.email), ("password", args.password), ("return", "/staff"), ("_csrf", hidden("_csrf", page))])
    if status != 303 or not location or not location.startswith("/staff/mfa/set-up"):
        sys.exit(f"staff_sign_in: password step answered {status} {location} (already enrolled? use a new account)")
    status, _, page = request("GET", location)
    assert status == 200, f"GET {location}: {status}"
    secret = hidden("secret", page)
    status, _, done = request("POST", "/staff/mfa/set-up", [
        ("secret", secret), ("code", totp(secret, time.time())), ("return", "/staff"), ("_csrf", hidden("_csrf", page))])
    if status != 200:
        sys.exit(f"staff_sign_in: authenticator set-up answered {status}")
    print(f"oc_session={cookies['oc_session']}; oc_staff={cookies['oc_staff']}")

    if args.walk:
        address = args.walk
        for _ in range(args.pages):
            status, _, page = request("GET", address)
            assert status == 200, f"GET {address}: {status}"
            match = re.search(r'rel="next" href="([^"]+)"', page)
            if not match:
                sys.exit(f"staff_sign_in: {address} has no next page")
            address = html.unescape(match.group(1))
        print(address)


if __name__ == "__main__":
    main()
