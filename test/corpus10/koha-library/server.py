from datetime import date
from typing import Literal

from mcp.server.fastmcp import FastMCP
from pydantic import BaseModel, Field

from db import cursor, query
from querybuilder import SqlQuery

mcp = FastMCP("koha-library")

REPORT_TABLES = {
    "overdues": "issues",
    "holds": "reserves",
    "old_checkouts": "old_issues",
}


class HoldRequest(BaseModel):
    borrowernumber: int = Field(gt=0)
    biblionumber: int = Field(gt=0)
    branchcode: str = Field(pattern=r"^[A-Z]{2,10}$")
    notes: str = Field(default="", max_length=200)


@mcp.tool()
def search_catalogue(title: str = "", author: str = "", limit: int = 25) -> list[dict]:
    """Search bibliographic records by title and/or author."""
    q = SqlQuery("biblio", ["biblionumber", "title", "author", "copyrightdate"]).limit(limit)
    if title:
        q.where_like("title", title)
    if author:
        q.where_like("author", author)
    return query(q.build())


@mcp.tool()
def checkout_history(borrowernumber: int) -> list[dict]:
    """Items a patron has borrowed, newest first."""
    with cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("SELECT i.itemnumber, b.title, i.issuedate, i.returndate FROM old_issues i JOIN items it USING (itemnumber) JOIN biblio b USING (biblionumber) WHERE i.borrowernumber = %s ORDER BY i.issuedate DESC LIMIT 100", (borrowernumber,))
        return cur.fetchall()


@mcp.tool()
def branch_holds(branch: str) -> list[dict]:
    """Holds waiting for pickup at a branch."""
    with cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute("SELECT reserve_id, borrowernumber, biblionumber, waitingdate FROM reserves WHERE found = 'W' AND branchcode = '%s'" % branch)
        return cur.fetchall()


@mcp.tool()
def report_count(report: Literal["overdues", "holds", "old_checkouts"], since: date) -> int:
    """Row count of a standard circulation report since a date."""
    table = REPORT_TABLES[report]
    with cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute(f"SELECT COUNT(*) AS n FROM {table} WHERE timestamp >= %s", (since.isoformat(),))
        return cur.fetchone()["n"]


@mcp.tool()
# ok: weak-input-schema
def place_hold(req: HoldRequest) -> str:
    """Place a hold for a patron on a record."""
    with cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("INSERT INTO reserves (borrowernumber, biblionumber, branchcode, reservedate, reservenotes, priority) VALUES (%(borrowernumber)s, %(biblionumber)s, %(branchcode)s, CURDATE(), %(notes)s, 1)", req.model_dump())
        return f"hold {cur.lastrowid} placed"


if __name__ == "__main__":
    mcp.run()
