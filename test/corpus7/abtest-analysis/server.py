import csv
import os
import random
import secrets
import string
from typing import Any

from mcp.server.fastmcp import FastMCP

from stats_helpers import derived_metric, parse_weights, two_proportion_z

DATA_DIR = os.environ.get("EXPERIMENT_DATA", "/srv/experiments")
SHARES: dict[str, str] = {}

mcp = FastMCP("abtest-analysis")


def _load(experiment: str) -> list[dict]:
    path = os.path.join(DATA_DIR, experiment)
    # ruleid: tool-input-to-path
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def _totals(rows: list[dict], variant: str) -> dict:
    mine = [r for r in rows if r["variant"] == variant]
    return {
        "users": len(mine),
        "conversions": sum(int(r["converted"]) for r in mine),
        "revenue": sum(float(r["revenue"] or 0) for r in mine),
    }


def significance(experiment: str, control: str = "control", variant: str = "variant") -> dict:
    """Two-proportion z-test between two variants of an experiment (its CSV export, e.g. checkout_q3.csv)."""
    rows = _load(experiment)
    a, b = _totals(rows, control), _totals(rows, variant)
    return two_proportion_z(a["conversions"], a["users"], b["conversions"], b["users"])


def metric(experiment: str, expression: str) -> dict:
    """Compute a derived metric per variant, e.g. `revenue / users`."""
    rows = _load(experiment)
    variants = sorted({r["variant"] for r in rows})
    return {v: derived_metric(expression, _totals(rows, v)) for v in variants}


def plan_allocation(weights: str, total_users: int) -> dict:
    """Split a number of users across variants according to weights like {'a': 1, 'b': 3}."""
    w = parse_weights(weights)
    s = sum(w.values())
    return {k: round(total_users * v / s) for k, v in w.items()}


# ruleid: weak-input-schema
def share_report(experiment: str, options: Any = None) -> str:
    """Create a share link for an experiment report."""
    # ruleid: insecure-randomness
    token = "".join(random.choices(string.ascii_letters + string.digits, k=20))
    SHARES[token] = experiment
    return f"https://experiments.example.com/share/{token}"


def private_share(experiment: str) -> str:
    """Create an expiring private share link."""
    # ok: insecure-randomness
    token = secrets.token_urlsafe(24)
    SHARES[token] = experiment
    return f"https://experiments.example.com/p/{token}"


for fn in (significance, metric, plan_allocation, share_report, private_share):
    mcp.add_tool(fn)

if __name__ == "__main__":
    mcp.run()
