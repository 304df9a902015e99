import asyncio
import os
import shlex

import mcp.types as types

from storage import Catalogue, statement_file

catalogue = Catalogue(os.environ.get("ROYALTY_DB", "royalties.db"))


async def statement_for(writer_ipi: str, half: str) -> dict:
    rows = catalogue.earnings(writer_ipi, half)
    return {"writer": writer_ipi, "half": half, "lines": rows}


async def statement_text(writer_ipi: str, half: str) -> str:
    # ruleid: tool-input-to-path
    with open(statement_file(writer_ipi, half)) as fh:
        return fh.read()


async def render_pdf(writer_ipi: str, half: str) -> str:
    cmd = f"statement-render --writer {shlex.quote(writer_ipi)} --half {shlex.quote(half)}"
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def top_works(territory: str, limit: int = 20) -> list:
    return catalogue.top_works(territory, limit)


async def sync_society(society: str) -> str:
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(f"society-sync --society {society} --since last", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


HANDLERS = {
    "statement": statement_for,
    "statement_text": statement_text,
    "render_pdf": render_pdf,
    "top_works": top_works,
    "sync_society": sync_society,
}

TOOLS = [
    types.Tool(
        name="statement",
        description="Royalty lines for a songwriter (IPI number) in a half-year, e.g. 2024H1",
        inputSchema={"type": "object", "properties": {"writer_ipi": {"type": "string"}, "half": {"type": "string"}}, "required": ["writer_ipi", "half"]},
    ),
    types.Tool(
        name="statement_text",
        description="The plain-text statement as sent to the writer",
        inputSchema={"type": "object", "properties": {"writer_ipi": {"type": "string"}, "half": {"type": "string"}}, "required": ["writer_ipi", "half"]},
    ),
    types.Tool(
        name="render_pdf",
        description="Render the PDF statement",
        inputSchema={"type": "object", "properties": {"writer_ipi": {"type": "string"}, "half": {"type": "string"}}, "required": ["writer_ipi", "half"]},
    ),
    types.Tool(
        name="top_works",
        description="Top earning works in a territory",
        inputSchema={"type": "object", "properties": {"territory": {"type": "string"}, "limit": {"type": "integer"}}, "required": ["territory"]},
    ),
    types.Tool(
        name="sync_society",
        description="Pull new distributions from a collecting society (PRS, ASCAP, GEMA ...)",
        inputSchema={"type": "object", "properties": {"society": {"type": "string"}}, "required": ["society"]},
    ),
]
