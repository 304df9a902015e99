import sqlite3
from contextlib import closing
from typing import Literal

from mcp.server.fastmcp import FastMCP

DB_PATH = "notes.db"
mcp = FastMCP("sqlite-notes")


def get_conn() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@mcp.tool()
def search_notes(keyword: str) -> list[dict]:
    """Search notes by keyword."""
    with closing(get_conn()) as conn:
        cur = conn.cursor()
        cur.execute(f"SELECT id, title FROM notes WHERE body LIKE '%{keyword}%'")  # FLAW tool-input-to-sql
        return [dict(r) for r in cur.fetchall()]


@mcp.tool()
def notes_by_tag(tag: str) -> list[dict]:
    """Notes with a tag."""
    with closing(get_conn()) as conn:
        rows = conn.execute("SELECT n.id, n.title FROM notes n JOIN tags t ON t.note_id = n.id WHERE t.name = ?", (tag,)).fetchall()  # SAFE tool-input-to-sql
        return [dict(r) for r in rows]


@mcp.tool()
def get_note(note_id: str) -> dict | None:
    """Get a note by id."""
    conn = get_conn()
    cur = conn.cursor()
    query = "SELECT * FROM notes WHERE id = %s" % note_id
    cur.execute(query)  # FLAW tool-input-to-sql
    row = cur.fetchone()
    return dict(row) if row else None


@mcp.tool()
def delete_notes_by_author(author: str) -> str:
    """Delete all notes of an author."""
    conn = get_conn()
    conn.execute("DELETE FROM notes WHERE author = '{}'".format(author))  # FLAW tool-input-to-sql
    conn.commit()
    return "deleted"


@mcp.tool()
def list_notes(order_by: Literal["created_at", "title", "id"] = "created_at", limit: int = 20) -> list[dict]:
    """List notes sorted by a column."""
    conn = get_conn()
    rows = conn.execute(f"SELECT id, title FROM notes ORDER BY {order_by} DESC LIMIT {limit}").fetchall()  # SAFE tool-input-to-sql
    return [dict(r) for r in rows]


@mcp.tool()
def add_note(title: str, body: str, author: str = "assistant") -> int:
    """Add a note."""
    conn = get_conn()
    cur = conn.execute("INSERT INTO notes (title, body, author) VALUES (:title, :body, :author)", {"title": title, "body": body, "author": author})  # SAFE tool-input-to-sql
    conn.commit()
    return cur.lastrowid


@mcp.tool()
def run_migration(script: str) -> str:
    """Run a SQL migration script."""
    conn = get_conn()
    conn.executescript(script)  # FLAW tool-input-to-sql
    return "migration applied"


@mcp.tool()
def count_where(column: str, value: str) -> int:
    """Count notes where a column equals a value."""
    conn = get_conn()
    sql = "SELECT COUNT(*) FROM notes WHERE " + column + " = ?"
    return conn.execute(sql, (value,)).fetchone()[0]  # FLAW tool-input-to-sql


@mcp.tool()
def bulk_tag(note_ids: list[int], tag: str) -> str:
    """Tag several notes."""
    conn = get_conn()
    conn.executemany("INSERT INTO tags (note_id, name) VALUES (?, ?)", [(i, tag) for i in note_ids])  # SAFE tool-input-to-sql
    conn.commit()
    return f"tagged {len(note_ids)} notes"


@mcp.tool()
def notes_in(ids: list[int]) -> list[dict]:
    """Fetch several notes by id."""
    conn = get_conn()
    placeholders = ",".join("?" for _ in ids)
    rows = conn.execute(f"SELECT * FROM notes WHERE id IN ({placeholders})", ids).fetchall()  # SAFE tool-input-to-sql
    return [dict(r) for r in rows]


if __name__ == "__main__":
    mcp.run()
