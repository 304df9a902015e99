"""Personal journal backed by SQLite."""

import os
import sqlite3
from datetime import date
from typing import Literal

from mcp.server.fastmcp import FastMCP

import db

mcp = FastMCP("sqlite-journal")
conn = db.connect()


@mcp.tool()
def add_entry(text: str, mood: Literal["great", "good", "meh", "bad"] = "good") -> str:
    """Add a journal entry for today."""
    cur = conn.cursor()
    # ok: tool-input-to-sql
    cur.execute("INSERT INTO entries (day, mood, text) VALUES (?, ?, ?)", (date.today().isoformat(), mood, text))
    conn.commit()
    return f"entry {cur.lastrowid} saved"


@mcp.tool()
def entries_between(start: str, end: str) -> list[dict]:
    """Entries between two ISO dates (inclusive)."""
    cur = conn.cursor()
    try:
        # ruleid: tool-input-to-sql
        cur.execute(f"SELECT id, day, mood, text FROM entries WHERE day BETWEEN '{start}' AND '{end}' ORDER BY day")
    except sqlite3.Error as e:
        # ruleid: error-detail-leak
        return [{"error": f"database error: {e}"}]
    return [dict(r) for r in cur.fetchall()]


@mcp.tool()
def search(keyword: str, limit: int = 20) -> list[dict]:
    """Search entries containing a keyword."""
    return db.search_entries(conn, keyword, limit)


@mcp.tool()
def entries_by_mood(mood: str) -> list[dict]:
    """Entries with a given mood."""
    return db.by_mood(conn, mood)


@mcp.tool()
def delete_entries(ids: list[int]) -> str:
    """Delete entries by id."""
    placeholders = ",".join("?" for _ in ids)
    # ok: tool-input-to-sql
    conn.execute(f"DELETE FROM entries WHERE id IN ({placeholders})", ids)
    conn.commit()
    return f"deleted {len(ids)}"


@mcp.tool()
def tag_entry(entry_id: int, tags: str) -> str:
    """Attach comma-separated tags to an entry."""
    values = ", ".join("(%d, '%s')" % (entry_id, t.strip()) for t in tags.split(","))
    # ruleid: tool-input-to-sql
    conn.executescript("INSERT INTO tags (entry_id, tag) VALUES %s;" % values)
    return "tagged"


@mcp.resource("journal://{day}")
def journal_day(day: str) -> str:
    """All entries of one day."""
    # ok: tool-input-to-sql
    rows = conn.execute("SELECT mood, text FROM entries WHERE day = ?", (day,)).fetchall()
    return "\n\n".join(f"[{r['mood']}] {r['text']}" for r in rows) or "no entries"


@mcp.tool()
def export_markdown(destination: str) -> str:
    """Export all entries as a Markdown file."""
    rows = conn.execute("SELECT day, mood, text FROM entries ORDER BY day").fetchall()
    body = "\n\n".join(f"## {r['day']} ({r['mood']})\n\n{r['text']}" for r in rows)
    # ruleid: tool-input-to-path
    with open(os.path.expanduser(destination), "w", encoding="utf-8") as fh:
        fh.write(body)
    return f"exported {len(rows)} entries"


if __name__ == "__main__":
    mcp.run()
