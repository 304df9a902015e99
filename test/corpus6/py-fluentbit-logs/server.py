import ast
import json
import os
from pathlib import Path
from typing import Annotated

import yaml
from fastmcp import FastMCP
from pydantic import Field

CONF_DIR = Path(os.environ.get("FLUENTBIT_CONF_DIR", "/etc/fluent-bit")).resolve()
BUFFER_DIR = Path(os.environ.get("FLUENTBIT_BUFFER_DIR", "/var/lib/fluent-bit/buffer"))

mcp = FastMCP(name="fluent-bit-helper")


@mcp.tool
def validate_pipeline(config_yaml: str) -> dict:
    """Parses a Fluent Bit YAML pipeline and lists its inputs, filters and outputs."""
    # ok: unsafe-deserialization
    conf = yaml.safe_load(config_yaml) or {}
    pipeline = conf.get("pipeline", {})
    return {section: [p.get("name") for p in pipeline.get(section, [])] for section in ("inputs", "filters", "outputs")}


@mcp.tool
def merge_pipeline(config_yaml: str, extra_outputs_yaml: str) -> str:
    """Merges extra outputs into a pipeline; supports YAML anchors and custom tags."""
    # ruleid: unsafe-deserialization
    base = yaml.load(config_yaml, Loader=yaml.Loader)
    # ruleid: unsafe-deserialization
    extra = yaml.unsafe_load(extra_outputs_yaml)
    base.setdefault("pipeline", {}).setdefault("outputs", []).extend(extra or [])
    return yaml.safe_dump(base, sort_keys=False)


@mcp.tool
# ok: weak-input-schema
def installed_config(
    name: Annotated[str, Field(pattern=r"^[a-z0-9_-]+\.yaml$", description="file in the Fluent Bit config dir")],
) -> dict:
    """Reads one of the installed YAML configs."""
    # ok: tool-input-to-path
    text = (CONF_DIR / name).read_text(encoding="utf-8")
    # ok: unsafe-deserialization
    return yaml.load(text, Loader=yaml.SafeLoader)


@mcp.tool
def peek_buffer(chunk: str, max_records: int = 20) -> list:
    """First records of an on-disk buffer chunk (JSON lines)."""
    # ruleid: tool-input-to-path
    with open(BUFFER_DIR / chunk, encoding="utf-8") as fh:
        return [json.loads(line) for _, line in zip(range(max_records), fh)]


@mcp.tool
def filter_records(records_json: str, condition: str) -> list:
    """Keeps the records for which a Python condition such as `rec['level'] == 'error'` is true."""
    records = json.loads(records_json)
    # ruleid: tool-input-to-eval
    return [rec for rec in records if eval(condition, {"__builtins__": {}}, {"rec": rec})]


@mcp.tool
def parse_record_literal(literal: str) -> dict:
    """Turns a Python-style record literal from a log line into JSON."""
    # ok: tool-input-to-eval
    value = ast.literal_eval(literal)
    if not isinstance(value, dict):
        raise ValueError("expected a dict literal")
    return value


if __name__ == "__main__":
    mcp.run()
