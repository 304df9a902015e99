"""MongoDB reporting MCP server: saved reports, ad-hoc filters, computed columns (stdio)."""
import ast
import json
import os
from typing import Any, Literal

import yaml
from bson import json_util
from mcp.server.fastmcp import FastMCP
from pydantic import BaseModel, Field
from pymongo import MongoClient

client = MongoClient(os.environ.get("MONGO_URI", "mongodb://127.0.0.1:27017"), tls=False)
db = client[os.environ.get("MONGO_DB", "shop")]
mcp = FastMCP("mongo-reports")

Collection = Literal["orders", "customers", "products", "returns"]


class ReportSpec(BaseModel):
    collection: Collection
    match: dict[str, str | int | float | bool] = Field(default_factory=dict)
    group_by: str = Field(pattern=r"^[a-zA-Z_][a-zA-Z0-9_.]*$")
    limit: int = Field(20, ge=1, le=500)


@mcp.tool()
# ok: weak-input-schema
def grouped_report(spec: ReportSpec) -> list[dict]:
    """Count documents grouped by a field, with simple equality matches."""
    pipeline = [{"$match": spec.match}, {"$group": {"_id": f"${spec.group_by}", "n": {"$sum": 1}}}, {"$sort": {"n": -1}}, {"$limit": spec.limit}]
    return json.loads(json_util.dumps(db[spec.collection].aggregate(pipeline)))


@mcp.tool()
def find_extended_json(collection: Collection, filter_json: str = "{}") -> str:
    """Find with a filter in MongoDB Extended JSON."""
    # ok: unsafe-deserialization
    flt = json_util.loads(filter_json)
    return json_util.dumps(list(db[collection].find(flt).limit(50)))


@mcp.tool()
def find_python_literal(collection: Collection, filter_literal: str) -> str:
    """Find with a filter written as a Python dict literal, e.g. {'status': 'paid'}."""
    # ok: tool-input-to-eval
    flt = ast.literal_eval(filter_literal)
    if not isinstance(flt, dict):
        return "filter must be a dict"
    return json_util.dumps(list(db[collection].find(flt).limit(50)))


@mcp.tool()
def computed_column(collection: Collection, expression: str, limit: int = 20) -> list[Any]:
    """Compute a column per document with a Python expression over `doc`, e.g. doc['qty'] * doc['price']."""
    out = []
    for doc in db[collection].find().limit(limit):
        # ruleid: tool-input-to-eval
        out.append(eval(expression, {"__builtins__": {}}, {"doc": doc}))
    return out


@mcp.tool()
# ruleid: weak-input-schema
def raw_aggregate(collection: Collection, pipeline: Any) -> str:
    """Run a raw aggregation pipeline (list of stages)."""
    return json_util.dumps(list(db[collection].aggregate(pipeline)))


@mcp.tool()
def import_report_definition(definition_yaml: str) -> str:
    """Import a saved report definition exported from the old reporting tool (YAML)."""
    # ruleid: unsafe-deserialization
    definition = yaml.unsafe_load(definition_yaml)
    db.report_definitions.insert_one(dict(definition))
    return "imported"


@mcp.tool()
def import_report_definition_v2(definition_yaml: str) -> str:
    """Import a report definition (YAML, plain mappings only)."""
    # ok: unsafe-deserialization
    definition = yaml.load(definition_yaml, Loader=yaml.SafeLoader)
    db.report_definitions.insert_one(dict(definition))
    return "imported"


@mcp.tool()
def run_postprocessor(report: str, code: str) -> str:
    """Run a Python post-processing snippet that edits `rows` in place."""
    rows = list(db.report_results.find({"report": report}, {"_id": 0}))
    scope = {"rows": rows}
    # ruleid: tool-input-to-eval
    exec(code, scope)
    return json_util.dumps(scope["rows"][:100])


if __name__ == "__main__":
    mcp.run()
