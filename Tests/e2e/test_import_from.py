"""`onecouncil services import-from`: each builder's fixture becomes YAML that `services validate` accepts, the notes
go to standard error as FILE:LOCATION: note, and bad input is refused with exit status 1 and where and why."""

from __future__ import annotations

import os
import pathlib
import subprocess
import zipfile

import pytest

REPO_ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
BINARY = pathlib.Path(os.environ.get("ONECOUNCIL_BIN", REPO_ROOT / ".build" / "debug" / "onecouncil"))
FIXTURES = REPO_ROOT / "Tests" / "ImportersTests" / "Fixtures"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BINARY), *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)


def open_forms_zip(directory: pathlib.Path) -> pathlib.Path:
    archive = directory / "bulky-waste-export.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for part in sorted((FIXTURES / "open-forms-bulky-waste").glob("*.json")):
            zipped.write(part, part.name)
    return archive


@pytest.mark.parametrize("form_format, fixture, note", [
    ("govuk-forms", "govuk-forms-report-a-bin.json", ":steps[0].data.question_text: Welsh text kept aside"),
    ("formio", "formio-parking-permit.json", ":components[1].components[5]: the optional tick box"),
    ("open-forms", None, ":formLogic.json: [1].actions[0]: the logic action property was not carried"),
])
def test_import_writes_yaml_that_validates(tmp_path, form_format, fixture, note):
    source = FIXTURES / fixture if fixture else open_forms_zip(tmp_path)
    printed = run("services", "import-from", form_format, str(source))
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith("format: 1") or "\nformat: 1" in printed.stdout
    assert f"{source}{note}" in printed.stderr
    assert all(line.startswith(f"{source}:") for line in printed.stderr.splitlines())

    output = tmp_path / "imported.yaml"
    written = run("services", "import-from", form_format, str(source), "--output", str(output))
    assert written.returncode == 0, written.stderr
    assert written.stdout == ""
    assert output.read_text() == printed.stdout
    validated = run("services", "validate", str(output))
    assert validated.returncode == 0, validated.stdout


def test_bad_input_is_refused_with_where_and_why(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"steps": [')
    refused = run("services", "import-from", "govuk-forms", str(broken))
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"{broken}:1:12: this is not valid JSON")
    assert refused.stdout == ""

    not_zip = run("services", "import-from", "open-forms", str(FIXTURES / "formio-parking-permit.json"))
    assert not_zip.returncode == 1
    assert not_zip.stderr.startswith(f"{FIXTURES / 'formio-parking-permit.json'}: this is not a ZIP file")

    unknown = run("services", "import-from", "typeform", str(broken))
    assert unknown.returncode != 0
    assert "unknown format typeform; use govuk-forms, formio, open-forms" in unknown.stderr

    missing = run("services", "import-from", "formio", str(tmp_path / "nothing.json"))
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"{tmp_path / 'nothing.json'}:1:1: cannot read the file"
