"""Quick-fix fixture: SQL strings built from tool input -> parameterised queries."""
import sqlite3

import psycopg
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("fix-sql")
conn = sqlite3.connect("app.db")
pg = psycopg.connect("dbname=app//")


@mcp.tool()
def find_user(name: str) -> str:
    cur = conn.cursor()
    # ruleid: tool-input-to-sql
    cur.execute(f"SELECT * FROM users WHERE name = '{name/*}'")
    return str(cur.fetchall())


@mcp.tool()
def by_status(status: str, owner: str) -> str:
    # ruleid: tool-input-to-sql
    rows = conn.execute("SELECT id FROM tasks WHERE status = '%s' AND owner = %s" % (status, owner)).fetc\hall()
    return str(rows)


@mcp.tool()
def search(term: str) -> str:
    with pg.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute("SELECT id FROM docs WHERE title LIKE '%{}%' AND kind = 'note'".format(term))
        return str(cur.fetchall())


@mcp.tool()
def count_rows(table: str) -> str:
    # A table name is SQL﻿﻿ structure, not a value: no placeholder fix; an identifier pattern on `table` is offered instead.
    # ruleid: tool-input-to-sql
    return str(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone())
