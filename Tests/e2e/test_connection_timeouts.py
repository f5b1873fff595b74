"""`onecouncil serve` lets go of connections that send nothing, and of requests whose
headers do not arrive in time (ONECOUNCIL_IDLE_TIMEOUT, ONECOUNCIL_HEADER_TIMEOUT);
before, idle connections were held for minutes and enough of them starved everyone."""

from __future__ import annotations

import socket
import time

import pytest

from test_cli_and_server import Server

HEADER_TIMEOUT = 1.0
IDLE_TIMEOUT = 4.0


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("timeouts")
    running = Server(
        f"sqlite://{workdir / 'timeouts.sqlite'}", workdir,
        env={"ONECOUNCIL_HEADER_TIMEOUT": str(HEADER_TIMEOUT), "ONECOUNCIL_IDLE_TIMEOUT": str(IDLE_TIMEOUT),
             "ONECOUNCIL_JOB_WORKER": "false"},
    )
    yield running
    running.stop()


def connect(server) -> socket.socket:
    return socket.create_connection(("127.0.0.1", server.port), timeout=IDLE_TIMEOUT + 5)


def seconds_until_closed(sock: socket.socket, started: float) -> float:
    """Reads (and drops) whatever comes until the server closes the connection."""
    while sock.recv(4096):
        pass
    return time.monotonic() - started


def read_response(sock: socket.socket) -> bytes:
    received = b""
    while b"\r\n\r\n" not in received:
        chunk = sock.recv(4096)
        assert chunk, "closed before a response"
        received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length:"))
    while len(body) < length:
        body += sock.recv(4096)
    return head


def test_a_connection_that_never_sends_is_closed_after_the_idle_timeout(server):
    with connect(server) as sock:
        started = time.monotonic()
        elapsed = seconds_until_closed(sock, started)
    assert IDLE_TIMEOUT - 0.5 <= elapsed <= IDLE_TIMEOUT + 2.5, elapsed


def test_a_kept_alive_connection_is_closed_after_the_idle_timeout(server):
    with connect(server) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        assert read_response(sock).startswith(b"HTTP/1.1 200")
        started = time.monotonic()
        # Still open well past the header timeout: a connection between requests is idle, not reading a header.
        time.sleep(HEADER_TIMEOUT * 2)
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        assert read_response(sock).startswith(b"HTTP/1.1 200")
        started = time.monotonic()
        elapsed = seconds_until_closed(sock, started)
    assert IDLE_TIMEOUT - 0.5 <= elapsed <= IDLE_TIMEOUT + 2.5, elapsed


def test_half_a_header_then_silence_is_closed_after_the_header_timeout(server):
    with connect(server) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: local")
        started = time.monotonic()
        elapsed = seconds_until_closed(sock, started)
    assert HEADER_TIMEOUT - 0.3 <= elapsed <= HEADER_TIMEOUT + 1.5, elapsed


def test_a_header_trickled_a_byte_at_a_time_is_closed_after_the_header_timeout(server):
    request = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + b"a" * 200
    with connect(server) as sock:
        started = time.monotonic()
        sent = 0
        try:
            for byte in request:
                sock.sendall(bytes([byte]))
                sent += 1
                time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):
            pass
        elapsed = seconds_until_closed(sock, started) if sent == len(request) else time.monotonic() - started
    assert elapsed <= HEADER_TIMEOUT + 1.5, elapsed
    assert sent < len(request)


def test_a_second_request_on_a_connection_gets_its_own_header_timeout(server):
    with connect(server) as sock:
        for _ in range(3):
            sock.sendall(b"GET /healthz HTTP/1.1\r\n")
            time.sleep(HEADER_TIMEOUT / 2)
            sock.sendall(b"Host: localhost\r\n\r\n")
            assert read_response(sock).startswith(b"HTTP/1.1 200")
        sock.sendall(b"GET /healthz HTTP/1.1\r\n")
        started = time.monotonic()
        elapsed = seconds_until_closed(sock, started)
    assert elapsed <= HEADER_TIMEOUT + 1.5, elapsed
