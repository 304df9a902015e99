"""Dataframe lab: quick pandas analysis for CSV files in the lab folder."""

import ast
import io
import os
from contextlib import redirect_stdout
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
from mcp.server.fastmcp import FastMCP

LAB = Path(os.environ.get("LAB_DIR", "lab")).resolve()
mcp = FastMCP("dataframe-lab")
_frames: dict[str, pd.DataFrame] = {}


def _lab_file(name: str) -> Path:
    p = (LAB / name).resolve()
    if LAB not in p.parents:
        raise ValueError("file must be inside the lab folder")
    return p


@mcp.tool()
def load_csv(name: str, alias: str) -> str:
    """Load a CSV from the lab folder under an alias."""
    path = _lab_file(name)
    # ok: tool-input-to-path
    _frames[alias] = pd.read_csv(path)
    return f"{alias}: {_frames[alias].shape[0]} rows x {_frames[alias].shape[1]} cols"


@mcp.tool()
def load_pickle(path: str, alias: str) -> str:
    """Load a pickled DataFrame from disk."""
    # ruleid: unsafe-deserialization
    _frames[alias] = pd.read_pickle(path)
    return f"loaded {alias}"


@mcp.tool()
def describe(alias: str) -> str:
    """Summary statistics of a loaded frame."""
    return _frames[alias].describe(include="all").to_string()


@mcp.tool()
def compute(expression: str) -> str:
    """Evaluate a Python expression with `frames`, `pd` and `np` in scope, e.g. frames['sales'].amount.sum()."""
    scope = {"frames": _frames, "pd": pd, "np": np}
    # ruleid: tool-input-to-eval
    value = eval(expression, scope)
    return repr(value)[:10000]


@mcp.tool()
def run_cell(code: str) -> str:
    """Run a notebook-style code cell and return what it printed."""
    buf = io.StringIO()
    with redirect_stdout(buf):
        # ruleid: tool-input-to-eval
        exec(code, {"frames": _frames, "pd": pd, "np": np})
    return buf.getvalue()[-10000:]


@mcp.tool()
def filter_values(alias: str, column: str, values: str) -> str:
    """Keep rows whose column is in a Python list literal, e.g. ['EU', 'US']."""
    # ok: tool-input-to-eval
    wanted = ast.literal_eval(values)
    if not isinstance(wanted, (list, tuple, set)):
        return "values must be a list literal"
    df = _frames[alias]
    _frames[alias] = df[df[column].isin(list(wanted))]
    return f"{alias}: {len(_frames[alias])} rows left"


@mcp.tool()
def export_csv(alias: str, filename: str) -> str:
    """Write a frame to CSV in the lab folder."""
    out = LAB / "exports" / filename
    # ruleid: tool-input-to-path
    _frames[alias].to_csv(out, index=False)
    return f"wrote {out.name}"


STAT_EXPRS = {
    "spread": "col.max() - col.min()",
    "cv": "col.std() / col.mean()",
    "iqr": "col.quantile(0.75) - col.quantile(0.25)",
}


@mcp.tool()
def column_stat(alias: str, column: str, stat: Literal["spread", "cv", "iqr"]) -> float:
    """A derived statistic of one numeric column."""
    series = _frames[alias][column]
    # ok: tool-input-to-eval
    return float(eval(STAT_EXPRS[stat], {"__builtins__": {}}, {"col": series}))


@mcp.tool()
def correlation(alias: str, method: str = "pearson") -> str:
    """Correlation matrix of numeric columns."""
    if method not in {"pearson", "kendall", "spearman"}:
        return "unknown method"
    return _frames[alias].corr(method=method, numeric_only=True).round(3).to_string()


if __name__ == "__main__":
    mcp.run()
