import logging
import os
import sys
from datetime import date

import psycopg2
import psycopg2.extras
from mcp.server.fastmcp import FastMCP

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("crm-notes")

mcp = FastMCP("crm-notes")


def connect():
    return psycopg2.connect(os.environ["CRM_DSN"], cursor_factory=psycopg2.extras.RealDictCursor)


@mcp.tool()
def find_contact(name: str) -> list[dict]:
    """Contacts whose name contains the text."""
    with connect() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("SELECT id, full_name, company, email FROM contacts WHERE full_name ILIKE %s ORDER BY full_name LIMIT 25", (f"%{name}%",))
        return cur.fetchall()


@mcp.tool()
def notes_for_company(company: str) -> list[dict]:
    """All notes about contacts of a company."""
    sql = "SELECT n.created_at, c.full_name, n.body FROM notes n JOIN contacts c ON c.id = n.contact_id WHERE c.company = '%s' ORDER BY n.created_at DESC" % company
    try:
        with connect() as conn, conn.cursor() as cur:
            # ruleid: tool-input-to-sql
            cur.execute(sql)
            return cur.fetchall()
    except psycopg2.Error as e:
        # ruleid: error-detail-leak
        return [{"error": str(e)}]


@mcp.tool()
def add_note(contact_id: int, body: str, follow_up: date | None = None) -> str:
    """Adds a note to a contact, with an optional follow-up date."""
    with connect() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("INSERT INTO notes (contact_id, body, follow_up) VALUES (%(cid)s, %(body)s, %(fu)s) RETURNING id", {"cid": contact_id, "body": body, "fu": follow_up})
        note_id = cur.fetchone()["id"]
    return f"note {note_id} added"


@mcp.tool()
def follow_ups(owner: str, before: str) -> list[dict]:
    """Follow-ups of an account owner due before a date."""
    query = "SELECT c.full_name, n.follow_up, n.body FROM notes n JOIN contacts c ON c.id = n.contact_id WHERE c.owner = '{}' AND n.follow_up < '{}' ORDER BY n.follow_up".format(owner, before)
    with connect() as conn:
        cur = conn.cursor()
        try:
            # ruleid: tool-input-to-sql
            cur.execute(query)
        except psycopg2.Error:
            log.exception("follow_ups failed")
            # ok: error-detail-leak
            return [{"error": "query failed; the details are in the server log"}]
        return cur.fetchall()


@mcp.tool()
def tag_contacts(tag: str, contact_ids: list[int]) -> str:
    """Adds a tag to several contacts."""
    placeholders = ", ".join(["%s"] * len(contact_ids))
    with connect() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute(f"UPDATE contacts SET tags = array_append(tags, %s) WHERE id IN ({placeholders})", (tag, *contact_ids))
        return f"{cur.rowcount} contacts tagged"


if __name__ == "__main__":
    mcp.run()
