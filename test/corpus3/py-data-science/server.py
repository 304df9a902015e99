"""data-lab: pandas analysis tools for an assistant (stdio)."""
from __future__ import annotations

import importlib
import os
from typing import Literal

import numpy as np
import pandas as pd
from mcp.server.fastmcp import FastMCP
from pydantic import BaseModel, Field

import lab

mcp = FastMCP("data-lab")


class DescribeRequest(BaseModel):
    frame: str = Field(pattern=r"^[a-z_][a-z0-9_]{0,30}$")
    percentiles: list[float] = Field(default=[0.25, 0.5, 0.75], max_length=9)


@mcp.tool()
def load_csv(name: str, path: str) -> str:
    """Load a local CSV file into a named frame."""
    # ruleid: tool-input-to-path
    lab.FRAMES[name] = pd.read_csv(path)
    return f"{name}: {lab.FRAMES[name].shape}"


@mcp.tool()
def load_remote(name: str, url: str) -> str:
    """Load a CSV published at a URL into a named frame."""
    # ruleid: tool-input-to-url
    lab.FRAMES[name] = pd.read_csv(url, storage_options={"User-Agent": "data-lab"})
    return f"{name}: {lab.FRAMES[name].shape}"


@mcp.tool()
def load_sales(name: str, region: str) -> str:
    """Load the sales table of one region from the warehouse."""
    # ruleid: tool-input-to-sql
    lab.FRAMES[name] = pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", lab.WAREHOUSE)
    return f"{name}: {lab.FRAMES[name].shape}"


@mcp.tool()
def load_sales_since(name: str, region: str, since: str) -> str:
    """Load sales of a region since a date (YYYY-MM-DD)."""
    # ok: tool-input-to-sql
    lab.FRAMES[name] = pd.read_sql("SELECT * FROM sales WHERE region = ? AND day >= ?", lab.WAREHOUSE, params=(region, since))
    return f"{name}: {lab.FRAMES[name].shape}"


@mcp.tool()
# ok: weak-input-schema
def describe(req: DescribeRequest) -> str:
    """Summary statistics of a frame."""
    return lab.frame(req.frame).describe(percentiles=req.percentiles).to_markdown()


@mcp.tool()
def add_column(frame: str, column: str, expression: str) -> str:
    """Add a column computed from a numpy expression over `df`, e.g. np.log(df.price)."""
    df = lab.frame(frame)
    # ruleid: tool-input-to-eval
    df[column] = eval(expression, {"df": df, "np": np})
    return df.head().to_markdown()


@mcp.tool()
def aggregate(frame: str, by: str, how: Literal["sum", "mean", "median", "count"] = "sum") -> str:
    """Group a frame by a column and aggregate the numeric columns."""
    return lab.frame(frame).groupby(by).agg(how).to_markdown()


@mcp.tool()
def export(frame: str, filename: str) -> str:
    """Write a frame to the exports folder."""
    target = lab.export_path(filename)
    # ok: tool-input-to-path
    lab.frame(frame).to_csv(target, index=False)
    return str(target)


@mcp.tool()
def export_anywhere(frame: str, path: str) -> str:
    """Write a frame as CSV to any path."""
    out = os.path.join(lab.EXPORT_DIR, path)
    # ruleid: tool-input-to-path
    lab.frame(frame).to_csv(out, index=False)
    return out


@mcp.tool()
def run_extension(module: str, function: str, frame: str) -> str:
    """Call a function from an analysis package on a frame."""
    # ruleid: tool-input-to-eval
    mod = importlib.import_module(module)
    return str(getattr(mod, function)(lab.frame(frame)))


@mcp.tool()
def fit_ols(frame: str, y: str, x: list[str]) -> str:
    """Ordinary least squares with statsmodels."""
    sm = lab.load_extension("statsmodels.api")
    df = lab.frame(frame)
    model = sm.OLS(df[y], sm.add_constant(df[x])).fit()
    return str(model.summary())


if __name__ == "__main__":
    mcp.run()
