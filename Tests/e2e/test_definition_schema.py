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


def test_the_documented_workflow_matches_the_schema():
    guide = (ROOT / "docs" / "service-definitions.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(workflow:\n.*?)```", guide, re.S)
    assert example, "the guide has no workflow example"
    sample = yaml.safe_load((ROOT / "services" / "volunteering.yaml").read_text(encoding="utf-8"))
    sample.update(yaml.safe_load(example.group(1)))
    jsonschema.validate(sample, SCHEMA)
    sample["workflow"]["transitions"][0]["roles"] = ["wizard"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(sample, SCHEMA)


def test_the_documented_notifications_match_the_schema():
    guide = (ROOT / "docs" / "service-definitions.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(notifications:\n.*?)```", guide, re.S)
    assert example, "the guide has no notifications example"
    sample = yaml.safe_load((ROOT / "services" / "hardship-fund.yaml").read_text(encoding="utf-8"))
    sample.update(yaml.safe_load(example.group(1)))
    jsonschema.validate(sample, SCHEMA)
    sample["notifications"]["submited"] = {"sms": "Hello"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(sample, SCHEMA)
