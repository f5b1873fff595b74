#!/usr/bin/env python3
"""Load client for the kill test in scripts/bench (standard library only).

N threads POST the same JSON submission as fast as they can over keep-alive
connections. Every reference the server acknowledges with 201 Created is
appended to --out, one per line, flushed straight away: the file is the list
of submissions the server promised to have stored.

Stops on SIGTERM/SIGINT (scripts/bench sends SIGTERM after it has SIGKILLed
the server) or after --max-seconds, whichever comes first. Prints counts to
stderr.

    kill_client.py --url http://127.0.0.1:PORT --path /api/v1/... \\
        --body-file body.json --out refs.txt [--threads 32] [--max-seconds 60] \\
        [--token API_CLIENT_TOKEN]
"""

from __future__ import annotations

import argparse
import collections
import http.client
import json
import signal
import sys
import threading
import time
import urllib.parse


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="base URL, http://host:port")
    parser.add_argument("--path", required=True)
    parser.add_argument("--body-file", required=True)
    parser.add_argument("--out", required=True, help="file to append references to")
    parser.add_argument("--threads", type=int, default=32)
    parser.add_argument("--max-seconds", type=float, default=60.0,
                        help="safety limit: stop by itself after this long")
    parser.add_argument("--token", default="", help="API client token (submissions:create), sent as a bearer token")
    args = parser.parse_args()

    url = urllib.parse.urlsplit(args.url)
    host, port = url.hostname, url.port or 80
    with open(args.body_file, "rb") as f:
        body = f.read()
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if args.token:
        headers["Authorization"] = f"Bearer {args.token}"

    stop = threading.Event()
    out_lock = threading.Lock()
    counts: collections.Counter[str] = collections.Counter()
    counts_lock = threading.Lock()
    out = open(args.out, "a", encoding="utf-8")

    def count(key: str) -> None:
        with counts_lock:
            counts[key] += 1

    def worker() -> None:
        connection: http.client.HTTPConnection | None = None
        while not stop.is_set():
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(host, port, timeout=10)
                connection.request("POST", args.path, body=body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
            except (OSError, http.client.HTTPException):
                # Server gone (killed) or connection dropped: reconnect, but
                # don't spin flat out against a dead port.
                count("connection errors")
                if connection is not None:
                    connection.close()
                    connection = None
                stop.wait(0.05)
                continue
            if response.status != 201:
                count(f"status {response.status}")
                if counts[f"status {response.status}"] == 1:
                    print(f"kill_client: first {response.status} response: {payload[:300]!r}",
                          file=sys.stderr)
                continue
            try:
                reference = json.loads(payload)["reference"]
            except (ValueError, KeyError, TypeError):
                count("201 without a reference")
                continue
            with out_lock:
                out.write(f"{reference}\n")
                out.flush()  # acknowledged means recorded, even if we die next
            count("201")
        if connection is not None:
            connection.close()

    def on_signal(signum, frame) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(args.threads)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    # Sleep in short steps so the signal handler (main thread only) runs promptly.
    while not stop.is_set() and time.monotonic() - started < args.max_seconds:
        stop.wait(0.1)
    stop.set()
    for thread in threads:
        thread.join(timeout=15)
    out.close()

    elapsed = time.monotonic() - started
    summary = ", ".join(f"{key}: {value}" for key, value in sorted(counts.items())) or "nothing"
    print(f"kill_client: {elapsed:.1f}s, {summary}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
