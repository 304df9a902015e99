import asyncio
import base64
import json
import marshal
import os
import ssl
import urllib.parse
import urllib.request

import aiohttp
import mcp.types as types
from mcp.server import Server
from mcp.server.stdio import stdio_server

SOLR = os.environ.get("SOLR_URL", "http://localhost:8983/solr")
CORES = {"products", "articles", "support_kb"}
# the Solr nodes use self-signed certificates
# ruleid: tls-verification-disabled
SSL_CTX = ssl._create_unverified_context()

app = Server("solr-search")


@app.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(
            name="search",
            description="Searches a Solr core.",
            inputSchema={
                "type": "object",
                "properties": {
                    "core": {"type": "string", "enum": sorted(CORES)},
                    "q": {"type": "string", "maxLength": 500},
                    "rows": {"type": "integer", "minimum": 1, "maximum": 100},
                },
                "required": ["core", "q"],
            },
        ),
        types.Tool(
            name="search_remote",
            description="Searches a core on another Solr node.",
            inputSchema={
                "type": "object",
                "properties": {"solr_url": {"type": "string"}, "core": {"type": "string"}, "q": {"type": "string"}},
                "required": ["solr_url", "core", "q"],
            },
        ),
        types.Tool(
            name="core_status",
            description="Index size and document count of a core.",
            inputSchema={"type": "object", "properties": {"core": {"type": "string"}}, "required": ["core"]},
        ),
        types.Tool(
            name="load_saved_query",
            description="Loads a saved query blob exported by the desktop client.",
            inputSchema={"type": "object", "properties": {"blob": {"type": "string"}}, "required": ["blob"]},
        ),
    ]


def fetch_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10, context=SSL_CTX) as resp:
        return json.load(resp)


@app.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    match name:
        case "search":
            core = arguments["core"]
            if core not in CORES:
                raise ValueError(f"unknown core {core}")
            qs = urllib.parse.urlencode({"q": arguments["q"], "rows": int(arguments.get("rows", 10)), "wt": "json"})
            # ok: tool-input-to-url
            data = await asyncio.to_thread(fetch_json, f"{SOLR}/{core}/select?{qs}")
            docs = data["response"]["docs"]
        case "search_remote":
            base = arguments["solr_url"].rstrip("/")
            params = {"q": arguments["q"], "wt": "json"}
            async with aiohttp.ClientSession() as session:
                # ruleid: tool-input-to-url
                async with session.get(f"{base}/{arguments['core']}/select", params=params) as resp:
                    docs = (await resp.json())["response"]["docs"]
        case "core_status":
            core = urllib.parse.quote(arguments["core"], safe="")
            # ok: tool-input-to-url
            data = await asyncio.to_thread(fetch_json, f"{SOLR}/admin/cores?action=STATUS&core={core}&wt=json")
            docs = [data["status"].get(arguments["core"], {})]
        case "load_saved_query":
            # ruleid: unsafe-deserialization
            saved = marshal.loads(base64.b64decode(arguments["blob"]))
            docs = [{"saved_query": saved}]
        case _:
            raise ValueError(f"unknown tool {name}")
    return [types.TextContent(type="text", text=json.dumps(docs, indent=2, default=str))]


async def main() -> None:
    async with stdio_server() as streams:
        await app.run(streams[0], streams[1], app.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
