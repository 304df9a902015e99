import mcp.types as types
from pydantic import BaseModel, Field

from airtable import AirtableApi
from mirror import Mirror

api = AirtableApi()
mirror = Mirror("/var/lib/airtable-mirror/mirror.db")


class PullArgs(BaseModel):
    base_id: str = Field(pattern=r"^app[A-Za-z0-9]{14}$")
    table: str = Field(pattern=r"^(tbl[A-Za-z0-9]{14}|[A-Za-z0-9 _-]{1,60})$")


class QueryArgs(BaseModel):
    table: str
    formula: str = ""


async def pull(arguments: dict):
    args = PullArgs(**arguments)
    records = await api.list_records(args.base_id, args.table)
    mirror.store(args.table, records)
    return {"pulled": len(records)}


async def query_mirror(arguments: dict):
    args = QueryArgs(**arguments)
    return mirror.query(args.table, args.formula)


async def attachment(arguments: dict):
    return await api.download_attachment(arguments["url"])


async def record(arguments: dict):
    return mirror.get(arguments["table"], arguments["record_id"])


DISPATCH = {"pull": pull, "query_mirror": query_mirror, "attachment": attachment, "record": record}

TOOLS = [
    types.Tool(name="pull", description="Pull an Airtable table into the local mirror", inputSchema=PullArgs.model_json_schema()),
    types.Tool(name="query_mirror", description="Query mirrored rows with a SQL-like condition on JSON fields", inputSchema=QueryArgs.model_json_schema()),
    types.Tool(name="attachment", description="Download an attachment by URL", inputSchema={"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]}),
    types.Tool(name="record", description="One mirrored record", inputSchema={"type": "object", "properties": {"table": {"type": "string"}, "record_id": {"type": "string"}}, "required": ["table", "record_id"]}),
]
