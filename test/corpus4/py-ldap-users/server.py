"""LDAP people directory MCP server (stdio)."""
from typing import Any

from ldap3.utils.conv import escape_filter_chars
from mcp.server.fastmcp import FastMCP
from pydantic import BaseModel, Field

from directory import BASE_DN, connect

mcp = FastMCP("ldap-users")
conn = connect()
ATTRS = ["uid", "cn", "mail", "title", "telephoneNumber", "manager"]


class Person(BaseModel):
    uid: str
    name: str
    mail: str | None = None
    title: str | None = None


def _people(flt: str, limit: int = 25) -> list[Person]:
    conn.search(BASE_DN, flt, attributes=ATTRS, size_limit=limit)
    return [Person(uid=str(e.uid), name=str(e.cn), mail=str(e.mail) if e.mail else None, title=str(e.title) if e.title else None) for e in conn.entries]


@mcp.tool()
# ruleid: weak-input-schema
def find_user(query, limit=25):
    """Find people whose name, uid or mail starts with the query."""
    q = escape_filter_chars(str(query))
    return _people(f"(|(cn={q}*)(uid={q}*)(mail={q}*))", int(limit))


@mcp.tool()
# ok: weak-input-schema
def by_title(title: str = Field(min_length=2, max_length=80)) -> list[Person]:
    """People with a job title containing the text."""
    return _people(f"(title=*{escape_filter_chars(title)}*)")


@mcp.tool()
# ruleid: weak-input-schema
def bulk_lookup(criteria: Any) -> list[Person]:
    """Look up several people at once; criteria maps attribute names to values."""
    parts = "".join(f"({escape_filter_chars(k)}={escape_filter_chars(str(v))})" for k, v in dict(criteria).items())
    return _people(f"(&{parts})", 100)


@mcp.tool()
def reports_of(manager_uid: str = Field(pattern=r"^[a-z][a-z0-9._-]{1,31}$")) -> list[Person]:
    """Direct reports of a manager."""
    return _people(f"(manager=uid={manager_uid},{BASE_DN})")


if __name__ == "__main__":
    mcp.run(transport="stdio")
