from typing import Annotated, Literal

from pydantic import Field

from ..app import REQUIRED_TAGS, conn, mcp
from ..query import missing_tag_query, tag_value_query

ORDERABLE = {"seen": "last_seen", "account": "account", "region": "region"}


def _fetch(q) -> list[tuple]:
    with conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute(q.sql(), q.params)
        return cur.fetchall()


@mcp.tool
def missing_tag(
    tag: Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]{1,40}$")],
    account: Annotated[str | None, Field(pattern=r"^\d{12}$")] = None,
    order: Literal["seen", "account", "region"] = "seen",
) -> str:
    """Resources missing a required tag."""
    q = missing_tag_query(tag, account).order_by(ORDERABLE[order])
    rows = _fetch(q)
    return "\n".join(f"{arn} ({acct}/{region})" for arn, acct, region, _ in rows) or "all tagged"


@mcp.tool
def tag_value_matches(tag: str, pattern: str) -> str:
    """Resources whose tag value matches a regular expression."""
    q = tag_value_query(tag, pattern)
    with conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(q.sql())
        rows = cur.fetchall()
    return "\n".join(r[0] for r in rows)


@mcp.tool
def retag(arn: str, tag: str, value: str) -> str:
    """Record a corrected tag value for a resource (applied by the nightly sync)."""
    with conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("INSERT INTO pending_tag_changes (arn, tag, value) VALUES (%(arn)s, %(tag)s, %(value)s)", {"arn": arn, "tag": tag, "value": value})
    return "queued"


@mcp.tool
def required_tags() -> str:
    """The tags every resource must carry."""
    return ", ".join(REQUIRED_TAGS)
