"""expenses-mcp: expense reports for staff, served by uvicorn behind the office VPN."""
from __future__ import annotations

import contextlib
import logging
import os

import uvicorn
from sqlalchemy import create_engine, text
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount
from mcp.server.fastmcp import FastMCP

from security import BearerMiddleware

log = logging.getLogger("expenses")
engine = create_engine(os.environ.get("EXPENSES_DB_URL", "postgresql+psycopg://expenses@db/expenses"))

mcp = FastMCP("expenses-mcp", stateless_http=True)


@mcp.tool()
def my_reports(employee: str, year: int) -> list[dict]:
    """Expense reports of an employee for a year."""
    with engine.connect() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute(text("SELECT id, title, total, status FROM reports WHERE employee = :e AND extract(year FROM created) = :y"), {"e": employee, "y": year})
        return [dict(r._mapping) for r in rows]


@mcp.tool()
def reports_by_category(category: str) -> list[dict]:
    """All reports with at least one line in a category."""
    try:
        with engine.connect() as conn:
            # ruleid: tool-input-to-sql
            rows = conn.execute(text(f"SELECT DISTINCT r.id, r.title FROM reports r JOIN lines l ON l.report_id = r.id WHERE l.category = '{category}'"))
            return [dict(r._mapping) for r in rows]
    except Exception as exc:
        # ruleid: error-detail-leak
        return [{"error": repr(exc)}]


@mcp.tool()
def approve(report_id: int, note: str = "") -> str:
    """Approve a submitted report."""
    with engine.begin() as conn:
        # ok: tool-input-to-sql
        n = conn.execute(text("UPDATE reports SET status = 'approved', note = :n WHERE id = :id AND status = 'submitted'"), {"n": note, "id": report_id}).rowcount
    return "approved" if n else "report not found or not submitted"


@contextlib.asynccontextmanager
async def lifespan(app):
    async with mcp.session_manager.run():
        yield


app = Starlette(
    routes=[Mount("/", app=mcp.streamable_http_app())],
    middleware=[
        # ruleid: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["GET", "POST", "DELETE"], allow_headers=["*"]),
        Middleware(BearerMiddleware),
    ],
    lifespan=lifespan,
)

if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
