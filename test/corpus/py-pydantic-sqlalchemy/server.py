"""Reporting server: pydantic request models, SQLAlchemy, pandas."""
import re
from pathlib import Path

import pandas as pd
from pydantic import BaseModel, Field, field_validator
from sqlalchemy import create_engine, text
from mcp.server.fastmcp import FastMCP

engine = create_engine("postgresql+psycopg://reports@localhost/reports")
EXPORT_DIR = Path("/srv/exports").resolve()
mcp = FastMCP("reports")


class ReportQuery(BaseModel):
    region: str = Field(description="Sales region")
    year: int = Field(ge=2000, le=2100)
    product_filter: str | None = None


class ExportRequest(BaseModel):
    query_name: str
    filename: str

    @field_validator("filename")
    @classmethod
    def plain_name(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}\.csv", v):
            raise ValueError("filename must be a plain .csv name")
        return v


class RawSql(BaseModel):
    statement: str
    params: dict[str, str] = {}


@mcp.tool()
def sales_report(q: ReportQuery) -> list[dict]:
    """Sales totals for a region and year."""
    sql = f"SELECT product, SUM(amount) AS total FROM sales WHERE region = '{q.region}' AND year = {q.year}"
    if q.product_filter:
        sql += f" AND product LIKE '{q.product_filter}'"
    with engine.connect() as conn:
        rows = conn.execute(text(sql + " GROUP BY product"))  # FLAW tool-input-to-sql
        return [dict(r._mapping) for r in rows]


@mcp.tool()
def sales_report_bound(q: ReportQuery) -> list[dict]:
    """Sales totals for a region and year (bound parameters)."""
    stmt = text("SELECT product, SUM(amount) AS total FROM sales WHERE region = :region AND year = :year GROUP BY product")
    with engine.connect() as conn:
        rows = conn.execute(stmt, {"region": q.region, "year": q.year})  # SAFE tool-input-to-sql
        return [dict(r._mapping) for r in rows]


@mcp.tool()
def export_csv(req: ExportRequest) -> str:
    """Export a saved query to a CSV file."""
    df = pd.read_sql(text("SELECT * FROM saved_queries_view WHERE name = :n"), engine, params={"n": req.query_name})  # SAFE tool-input-to-sql
    out = EXPORT_DIR / req.filename
    df.to_csv(out, index=False)  # SAFE tool-input-to-path
    return str(out)


@mcp.tool()
def dataframe_query(table: str, where: str) -> str:
    """Load a table into pandas with a WHERE clause."""
    df = pd.read_sql(f"SELECT * FROM {table} WHERE {where}", engine)  # FLAW tool-input-to-sql
    return df.head(50).to_markdown()


@mcp.tool()
def run_statement(body: RawSql) -> int:
    """Run an arbitrary statement with named parameters."""
    with engine.begin() as conn:
        result = conn.execute(text(body.statement), body.params)  # FLAW tool-input-to-sql
        return result.rowcount


@mcp.tool()
def load_csv(path: str) -> str:
    """Load a CSV file and describe it."""
    df = pd.read_csv(path)  # FLAW tool-input-to-path
    return df.describe().to_string()


if __name__ == "__main__":
    mcp.run()
