import os
from typing import Literal

from mcp.server.fastmcp import FastMCP

from runs import RunStore, start_headless
from weights import parse_weights, parse_weights_literal

mcp = FastMCP("locust-runner")
store = RunStore(os.environ.get("LOCUST_RUNS", "/var/lib/locust/runs"))
LOCUSTFILES = os.environ.get("LOCUSTFILES", "/opt/loadtests")


def run_test(locustfile: str, users: int, spawn_rate: int, minutes: int, host: Literal["staging", "perf"]) -> str:
    """Start a headless Locust run of a locustfile from the load-test repo."""
    return start_headless(os.path.join(LOCUSTFILES, locustfile), users, spawn_rate, minutes, host, store)


def run_report(run_id: str, fmt: Literal["csv", "html"] = "csv") -> str:
    """Return the stats report of a finished run."""
    return store.report(run_id, fmt)


# ruleid: weak-input-schema
def set_task_weights(run_id, weights):
    """Set task weights for the next run, e.g. "{'browse': 5, 'checkout': 1 + 1}"."""
    parsed = parse_weights(weights)
    store.save_weights(run_id, parsed)
    return f"weights saved: {parsed}"


def set_task_weights_literal(run_id: str, weights: str) -> str:
    """Same as set_task_weights but accepts only plain literals."""
    parsed = parse_weights_literal(weights)
    store.save_weights(run_id, parsed)
    return f"weights saved: {parsed}"


for fn in (run_test, run_report, set_task_weights, set_task_weights_literal):
    mcp.add_tool(fn)

if __name__ == "__main__":
    mcp.run()
