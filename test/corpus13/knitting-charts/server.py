"""Knitting helper MCP server: charts, shaping maths, gauge and sizing."""
import functools
from typing import Literal

from mcp.server.fastmcp import FastMCP

from charts import DEFAULT_SYMBOLS, parse_repeat, render_chart, run_macro
from formulas import grade_size, shaping_counts

mcp = FastMCP("knitting-charts")

render_default = functools.partial(render_chart, symbols=DEFAULT_SYMBOLS)


@mcp.tool()
def chart_from_repeat(repeat: str, rows: int = 8) -> str:
    """Render a text chart from a repeat such as "[(4, 'k'), (2, 'p')]"."""
    return render_default(parse_repeat(repeat), rows=min(rows, 200))


@mcp.tool()
def shaping(start_stitches: int, rows: int, rule: str = "st - 2 if row % 4 == 0 else st") -> list[int]:
    """Stitch count per row for a shaping rule over `st` (stitches) and `row`."""
    return shaping_counts(start_stitches, rows, rule)


@mcp.tool()
def size_grading(size: Literal["XS", "S", "M", "L", "XL"], chest_cm: float, ease_cm: float = 5.0) -> dict:
    """Cast-on and body stitches for a sweater size from chest measurement and ease."""
    return grade_size(size, chest_cm, ease_cm)


@mcp.tool()
# ruleid: weak-input-schema
def gauge_swatch(stitches, rows, width_cm, height_cm=10):
    """Stitches and rows per 10 cm from a measured swatch."""
    return {"st_per_10cm": round(float(stitches) / float(width_cm) * 10, 1), "rows_per_10cm": round(float(rows) / float(height_cm) * 10, 1)}


@mcp.tool()
def apply_macro(chart: str, macro: str) -> str:
    """Transform a chart with a small Python macro (e.g. mirror, swap k/p) that edits `grid`."""
    return run_macro(chart, macro)


if __name__ == "__main__":
    mcp.run()
