import base64
import json
import pickle

import yaml

from store import fetch_all

SEASONS = {"deer-rifle", "deer-archery", "turkey-spring", "waterfowl", "elk"}


async def permits_for_hunter(licence_no: str, season: str) -> list:
    if season not in SEASONS:
        raise ValueError("unknown season")
    return await fetch_all("SELECT * FROM permits WHERE licence_no = %s AND season = %s", (licence_no, season))


async def draw_results(unit: str, year: int) -> list:
    return await fetch_all(f"SELECT applicant, outcome FROM draws WHERE unit = '{unit}' AND year = {int(year)}")


async def import_tags(payload_b64: str) -> dict:
    raw = base64.b64decode(payload_b64)
    # ruleid: unsafe-deserialization
    tags = pickle.loads(raw)
    return {"imported": len(tags)}


async def import_tags_json(payload: str) -> dict:
    # ok: unsafe-deserialization
    tags = json.loads(payload)
    return {"imported": len(tags)}


async def load_regulations(document: str) -> dict:
    # ruleid: unsafe-deserialization
    regs = yaml.load(document, Loader=yaml.Loader)
    return {"units": sorted(regs.get("units", {}))}


async def load_bag_limits(document: str) -> dict:
    # ok: unsafe-deserialization
    limits = yaml.safe_load(document)
    return {"species": sorted(limits)}


DISPATCH = {
    "permits_for_hunter": permits_for_hunter,
    "draw_results": draw_results,
    "import_tags": import_tags,
    "import_tags_json": import_tags_json,
    "load_regulations": load_regulations,
    "load_bag_limits": load_bag_limits,
}

TOOL_SCHEMAS = {
    "permits_for_hunter": ("Permits held by a hunter in a season", {"type": "object", "properties": {"licence_no": {"type": "string"}, "season": {"type": "string", "enum": sorted(SEASONS)}}, "required": ["licence_no", "season"]}),
    "draw_results": ("Draw results for a hunt unit", {"type": "object", "properties": {"unit": {"type": "string"}, "year": {"type": "integer"}}}),
    "import_tags": ("Import harvest tags exported by the field app", {"type": "object", "properties": {"payload_b64": {"type": "string"}}}),
    "import_tags_json": ("Import harvest tags as JSON", {"type": "object", "properties": {"payload": {"type": "string"}}}),
    "load_regulations": ("Parse a regulations YAML document", {"type": "object", "properties": {"document": {"type": "string"}}}),
    # ruleid: weak-input-schema
    "load_bag_limits": ("Parse a bag-limits YAML document", {"type": "object"}),
}
