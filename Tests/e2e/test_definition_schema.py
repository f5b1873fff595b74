"""The JSON Schema in docs/ describes the sample services and the workflow example in the guide.

Service designers validate their files against the schema in their editors; if a
sample service or the documented example stops matching it, the schema (or the
docs) is wrong.
"""

import json
import pathlib
import re

import jsonschema
import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "service-definition.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted((ROOT / "services").glob("*.yaml")), ids=lambda p: p.name)
def test_sample_service_matches_the_schema(path):
    jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), SCHEMA)


def break_workflow(sample):
    sample["workflow"]["transitions"][0]["roles"] = ["wizard"]


def break_notifications(sample):
    sample["notifications"]["submited"] = {"sms": "Hello"}


@pytest.mark.parametrize("section, service, broken", [
    ("workflow", "volunteering", break_workflow),
    ("notifications", "hardship-fund", break_notifications),
], ids=["workflow", "notifications"])
def test_the_documented_example_matches_the_schema(section, service, broken):
    guide = (ROOT / "docs" / "service-definitions.md").read_text(encoding="utf-8")
    example = re.search(rf"```yaml\n({section}:\n.*?)```", guide, re.S)
    assert example, f"the guide has no {section} example"
    sample = yaml.safe_load((ROOT / "services" / f"{service}.yaml").read_text(encoding="utf-8"))
    sample.update(yaml.safe_load(example.group(1)))
    jsonschema.validate(sample, SCHEMA)
    broken(sample)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(sample, SCHEMA)
