"""Schemathesis against the real server: every operation in /api/v1/openapi.json is fuzzed (valid and invalid
requests) with an API client that has every scope, and the run fails on any 500, any status code, content type,
header or body the document does not describe, or an operation that answers without a token."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from test_cli_and_server import VOLUNTEERING, Server, api_token, request

ALL_SCOPES = ("services:read", "submissions:create", "cases:read", "cases:write")
CHECKS = ",".join([
    "not_a_server_error", "status_code_conformance", "content_type_conformance", "response_headers_conformance",
    "response_schema_conformance", "ignored_auth",
])
# Examples per operation: enough to reach every parameter and error path, few enough that the run takes a minute or two.
MAX_EXAMPLES = os.environ.get("ONECOUNCIL_FUZZ_EXAMPLES", "100")


def schemathesis() -> list[str]:
    found = shutil.which("schemathesis")
    if found:
        return [found]
    return [sys.executable, "-m", "schemathesis.cli"]


def test_schemathesis_finds_no_server_errors_and_no_undocumented_responses(tmp_path):
    database = f"sqlite://{tmp_path / 'fuzz.sqlite'}"
    server = Server(database, tmp_path)
    try:
        token = api_token(database, *ALL_SCOPES, name="schemathesis")
        # Real cases, and a config that points the path parameters at one, so reads, moves and notes reach the
        # workflow and the database rather than stopping at "not found".
        references = []
        for _ in range(3):
            status, created = request(f"{server.url}/api/v1/services/volunteering/submissions", VOLUNTEERING, token)
            assert status == 201, created
            references.append(created["reference"])
        config = tmp_path / "schemathesis.toml"
        config.write_text(f'[parameters]\n"path.slug" = "volunteering"\n"path.reference" = "{references[0]}"\n')
        result = subprocess.run(
            [*schemathesis(), "--config-file", str(config), "run", f"{server.url}/api/v1/openapi.json",
             "--header", f"Authorization: Bearer {token}",
             "--checks", CHECKS, "--max-examples", MAX_EXAMPLES, "--seed", "20261125",
             "--generation-database", "none", "--workers", "1", "--no-color",
             "--report", "junit", "--report-dir", str(tmp_path / "schemathesis")],
            cwd=tmp_path, capture_output=True, text=True, timeout=600,  # its cache (.schemathesis/) goes there, not into the repository
        )
        output = result.stdout + result.stderr
        assert result.returncode == 0, output[-12000:]
        # Every operation the document lists was tested (schemathesis leaves out the document's own address).
        selected = re.search(r"Selected: (\d+)/(\d+)", output)
        tested = re.search(r"Tested: (\d+)", output)
        assert selected and tested, output[-4000:]
        assert int(tested.group(1)) == int(selected.group(2)) >= 8, output[-4000:]
    finally:
        server.stop()
