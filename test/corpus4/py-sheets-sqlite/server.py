"""Spreadsheet import and reporting MCP server (stdio): xlsx -> SQLite, then queries."""
import os
from pathlib import Path

from mcp.server.fastmcp import FastMCP
from openpyxl import load_workbook
from pydantic import Field

import store

INBOX = Path(os.environ.get("SHEETS_INBOX", "~/Spreadsheets")).expanduser().resolve()
mcp = FastMCP("sheets-sqlite")


@mcp.tool()
def import_xlsx(filename: str, sheet: str = "Sheet1") -> str:
    """Import rows (date, category, amount, note) from an .xlsx file in the inbox folder."""
    path = (INBOX / filename).resolve()
    if INBOX not in path.parents:
        return "file must be inside the inbox folder"
    # ok: tool-input-to-path
    wb = load_workbook(path, read_only=True, data_only=True)
    ws = wb[sheet]
    rows = [tuple(c for c in r[:4]) for r in ws.iter_rows(min_row=2, values_only=True) if r and r[0]]
    return f"imported {store.insert_rows(sheet, rows)} rows"


@mcp.tool()
def import_xlsx_from_path(path: str, sheet: str = "Sheet1") -> str:
    """Import rows from an .xlsx file anywhere on disk."""
    # ruleid: tool-input-to-path
    wb = load_workbook(path, read_only=True)
    rows = [tuple(r[:4]) for r in wb[sheet].iter_rows(min_row=2, values_only=True) if r and r[0]]
    return f"imported {store.insert_rows(sheet, rows)} rows"


@mcp.tool()
def category_rows(category: str, sort: str = "date") -> list[dict]:
    """Rows of one category, sorted by date, amount or category."""
    return store.by_category(category, sort)


@mcp.tool()
def search_notes(text: str = Field(max_length=100)) -> list[dict]:
    """Rows whose note contains the text."""
    return store.notes_matching(text)


@mcp.tool()
def category_totals(sheet: str, min_amount: str = "0") -> list[dict]:
    """Sum of amounts per category for a sheet."""
    return store.totals(sheet, min_amount)


if __name__ == "__main__":
    mcp.run()
