"""Cattle weighbridge MCP server: weights, gains and scale-indicator control."""
import os
import sqlite3
from typing import Annotated, Literal

from mcp.server.fastmcp import FastMCP
from pydantic import Field

from .helpers import average_daily_gain, indicator_command, indicator_shell, weights_for_pens, weights_for_tag

DB = sqlite3.connect(os.environ.get("SCALES_DB", "weighbridge.db"), check_same_thread=False)
SCALE_PORT = os.environ.get("SCALE_PORT", "/dev/ttyUSB0")

Tag = Annotated[str, Field(pattern=r"^UK\d{12}$", description="EID ear tag")]


async def tag_history(tag: Tag, limit: Annotated[int, Field(ge=1, le=500)] = 20) -> list[tuple]:
    """Weighing history of one animal."""
    return weights_for_tag(DB, tag, limit)


async def pen_weights(pens: list[str]) -> list[tuple]:
    """Latest weighings for the animals in the given pens."""
    return weights_for_pens(DB, pens)


async def daily_gain(tags: list[Tag]) -> dict[str, float]:
    """Average daily gain (kg/day) per animal."""
    return average_daily_gain(DB, tags)


async def tare_scale(mode: Literal["zero", "tare", "print"]) -> str:
    """Zero, tare or print on the scale indicator."""
    cmd = {"zero": "Z", "tare": "T", "print": "P"}[mode]
    return await indicator_command(SCALE_PORT, cmd)


async def raw_indicator(command: str) -> str:
    """Send a raw command string to the scale indicator (advanced)."""
    return await indicator_shell(SCALE_PORT, command)


# ruleid: weak-input-schema
async def record_batch(batch, operator: str = "") -> str:
    """Record a batch of weighings exported from the hand-held reader."""
    rows = [(r["tag"], r["pen"], float(r["weight_kg"]), r["at"]) for r in batch]
    DB.executemany("INSERT INTO weighings (tag, pen, weight_kg, weighed_at) VALUES (?, ?, ?, ?)", rows)
    DB.commit()
    return f"{len(rows)} weighings recorded by {operator or 'unknown'}"


def build() -> FastMCP:
    mcp = FastMCP("cattle-scales")
    for fn in (tag_history, pen_weights, daily_gain, tare_scale, raw_indicator, record_batch):
        mcp.add_tool(fn)
    return mcp
