"""Capacity planning MCP server: storage, CPU and license growth forecasts."""

import json
import sqlite3
from typing import Literal

from mcp.server.fastmcp import FastMCP

from forecast import apply_growth_formula, combine, linear_forecast, parse_series, run_scenario

mcp = FastMCP("capacity-planning")
db = sqlite3.connect("capacity.db", check_same_thread=False)

Resource = Literal["storage_tb", "vcpu", "memory_gb", "seats"]
UNITS = {"storage_tb": "TB", "vcpu": "vCPU", "memory_gb": "GB", "seats": "seats"}


def _history(cluster: str, resource: str) -> list[float]:
    rows = db.execute("SELECT value FROM usage WHERE cluster = ? AND resource = ? ORDER BY month", (cluster, resource)).fetchall()
    return [r[0] for r in rows]


@mcp.tool()
def forecast(cluster: str, resource: Resource, months: int = 6) -> str:
    """Linear forecast of a cluster's resource usage."""
    history = _history(cluster, resource)
    if not history:
        return "no history"
    return f"{linear_forecast(history, months):.1f} {UNITS[resource]} in {months} months"


@mcp.tool()
def growth_formula(formula: str, current: float, months: int = 12) -> str:
    """Project usage with a custom growth formula, e.g. current * 1.05 ** months."""
    return f"{apply_growth_formula(formula, current, months):.2f}"


@mcp.tool()
def forecast_from_series(series: str, months: int = 6) -> str:
    """Forecast from a literal list of monthly values, e.g. "[12.1, 12.9, 13.4]"."""
    return f"{linear_forecast(parse_series(series), months):.1f}"


@mcp.tool()
def scenario(script: str, inputs_json: str = "{}") -> str:
    """Run a what-if scenario script that fills in `result`."""
    inputs = json.loads(inputs_json)
    return json.dumps(run_scenario(script, inputs))


@mcp.tool()
def headroom(capacity: float, op: Literal["+", "-", "*", "/"], usage: float) -> str:
    """Arithmetic between capacity and usage."""
    return f"{combine(capacity, op, usage):.2f}"


@mcp.tool()
def threshold_alert(expression: str, usage_pct: float) -> str:
    """Evaluate an alert threshold such as 'usage_pct > 80'."""
    allowed = {"usage_pct": usage_pct}
    # ruleid: tool-input-to-eval
    fired = eval(compile(expression, "<threshold>", "eval"), {"__builtins__": None}, allowed)
    return "ALERT" if fired else "ok"


@mcp.tool()
def threshold_alert_safe(operator: Literal[">", ">=", "<", "<="], limit: float, usage_pct: float) -> str:
    """Evaluate a threshold picked from fixed operators."""
    ops = {">": usage_pct > limit, ">=": usage_pct >= limit, "<": usage_pct < limit, "<=": usage_pct <= limit}
    return "ALERT" if ops[operator] else "ok"


@mcp.resource("capacity://{cluster}/summary")
def cluster_summary(cluster: str) -> str:
    """Latest usage of every resource of a cluster."""
    # ok: tool-input-to-sql
    rows = db.execute("SELECT resource, value FROM usage WHERE cluster = ? AND month = (SELECT MAX(month) FROM usage WHERE cluster = ?)", (cluster, cluster)).fetchall()
    return "\n".join(f"{r}: {v}" for r, v in rows)


@mcp.prompt()
def quarterly_review(cluster: str) -> str:
    """Prompt for a quarterly capacity review."""
    return f"Review capacity://{cluster}/summary, forecast storage_tb and vcpu for 6 months and flag anything above 80 %."


if __name__ == "__main__":
    mcp.run()
