"""Loki log search MCP server (fastmcp 2.x, SSE)."""
import logging
import re

from fastmcp import FastMCP
from pydantic import Field

import loki

log = logging.getLogger(__name__)
mcp = FastMCP(name="loki-search", instructions="Search application logs stored in Loki with LogQL.")

LABEL = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")


@mcp.tool
def search_logs(query: str = Field(max_length=1000), minutes: int = Field(60, ge=1, le=1440), limit: int = Field(200, le=5000)) -> str:
    """Run a LogQL query over the last N minutes."""
    try:
        return "\n".join(loki.query_range(query, minutes, limit))
    except Exception as e:
        # ruleid: error-detail-leak
        return f"Loki query failed: {e!s}"


@mcp.tool
def label_values(label: str) -> list[str]:
    """All values of a label, e.g. app or namespace."""
    if not LABEL.match(label):
        return []
    try:
        return loki.label_values(label)
    except Exception:
        log.exception("label_values failed")
        # ok: error-detail-leak
        return ["error: could not read label values (see server log)"]


@mcp.tool
def errors_for_app(app: str = Field(pattern=r"^[a-z0-9-]{1,63}$"), minutes: int = 15) -> str:
    """Recent error lines of one application."""
    lines = loki.query_range(f'{{app="{app}"}} |= "error"', minutes, 500)
    return "\n".join(lines[-200:]) or "no errors"


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(
        transport="sse",
        # ruleid: bind-all-interfaces
        host="0.0.0.0",
        port=8000,
    )
