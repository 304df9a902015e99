"""Query and command helpers for the weighbridge database and the scale indicator."""
import asyncio
import sqlite3
from typing import Iterable

WEIGH_COLUMNS = ("tag", "pen", "weight_kg", "weighed_at")


def herd_filter(pens: Iterable[str]) -> str:
    return " OR ".join(f"pen = '{p}'" for p in pens)


def weights_for_pens(conn: sqlite3.Connection, pens: list[str]) -> list[tuple]:
    sql = "SELECT tag, pen, weight_kg, weighed_at FROM weighings WHERE " + herd_filter(pens)
    # ruleid: tool-input-to-sql
    return conn.execute(sql).fetchall()


def weights_for_tag(conn: sqlite3.Connection, tag: str, limit: int) -> list[tuple]:
    # ok: tool-input-to-sql
    return conn.execute("SELECT weight_kg, weighed_at FROM weighings WHERE tag = :tag ORDER BY weighed_at DESC LIMIT :n", {"tag": tag, "n": limit}).fetchall()


def average_daily_gain(conn: sqlite3.Connection, tags: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for tag in tags:
        # ok: tool-input-to-sql
        rows = conn.execute("SELECT weight_kg, julianday(weighed_at) FROM weighings WHERE tag = ? ORDER BY weighed_at", (tag,)).fetchall()
        if len(rows) >= 2:
            (w0, d0), (w1, d1) = rows[0], rows[-1]
            out[tag] = round((w1 - w0) / max(d1 - d0, 1), 3)
    return out


async def indicator_command(port: str, command: str) -> str:
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec("scalectl", "--port", port, "send", command, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


async def indicator_shell(port: str, command: str) -> str:
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(f"scalectl --port {port} send '{command}'", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()
