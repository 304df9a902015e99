"""DuckDB data-lake explorer (FastMCP, stdio)."""
from typing import Literal

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations
from pydantic import Field

import lake

mcp = FastMCP("duckdb-lake")


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def preview(path: str = Field(description="Parquet file relative to the lake root"), limit: int = Field(20, ge=1, le=500)) -> list:
    """First rows of a Parquet file."""
    return [list(r) for r in lake.preview(path, limit)]


@mcp.tool()
def top_values(table: str, column: str) -> list:
    """Most frequent values of a column in a table."""
    return [list(r) for r in lake.aggregate(table, column)]


@mcp.tool()
def schema(path: str) -> dict:
    """Column types of a Parquet file."""
    return lake.describe(path)


@mcp.tool()
def legacy_frame(file_name: str) -> dict:
    """Summary of a pickled DataFrame from the legacy notebooks."""
    return lake.load_legacy_frame(file_name)


@mcp.tool()
def calc(a: float, op: Literal["+", "-", "*", "/"], b: float) -> float:
    """Basic arithmetic on two numbers from query results."""
    return lake.combine(a, op, b)


@mcp.tool()
def ingest(url: str, table: str = Field(pattern=r"^[a-z_][a-z0-9_]{0,40}$")) -> str:
    """Download a CSV and load it into the incoming_csv table."""
    return f"loaded {lake.ingest_csv(url, table)} rows"


# ruleid: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True, idempotentHint=True))
def drop_incoming() -> str:
    """Remove downloaded CSV files and the incoming_csv table."""
    for f in (lake.LAKE_ROOT / "incoming").glob("*.csv"):
        f.unlink()
    lake.con.execute("DROP TABLE IF EXISTS incoming_csv")
    return "incoming data removed"


@mcp.tool()
def read_notes(name: str) -> str:
    """Read a dataset's README from the docs folder."""
    # ruleid: tool-input-to-path
    with open(f"{lake.LAKE_ROOT}/docs/{name}", encoding="utf-8") as fh:
        return fh.read()


@mcp.tool()
def read_dataset_card(rel: str) -> str:
    """Read a dataset card (Markdown) stored next to the data."""
    card = lake.safe_path(rel)
    # ok: tool-input-to-path
    return card.read_text(encoding="utf-8")


if __name__ == "__main__":
    mcp.run()
