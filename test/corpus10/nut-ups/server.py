import ast
import functools
import logging
import sys

from mcp.server.fastmcp import FastMCP

from helpers import list_upses, run_cmd, upsc

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("nut-ups")

NUT_USER = "upsmon-admin"
# ruleid: hardcoded-secret
NUT_PASSWORD = "Upsm0n!2024-rack3"

mcp = FastMCP("nut-ups")


def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.info("tool %s called", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


@log_calls
def ups_status(ups: str) -> str:
    """Battery charge, runtime and load of a UPS (name as in ups.conf, e.g. 'rack3@localhost')."""
    v = upsc(ups)
    return f"{ups}: {v.get('ups.status')} charge {v.get('battery.charge')}% runtime {int(v.get('battery.runtime', 0)) // 60} min load {v.get('ups.load')}%"


@log_calls
def all_upses() -> list[str]:
    """UPS units known to the local upsd."""
    return list_upses()


@log_calls
# ruleid: weak-input-schema
def ups_command(ups, command, param=None):
    """Send an instant command (e.g. test.battery.start.quick, beeper.disable) to a UPS."""
    extra = f" {param}" if param else ""
    return run_cmd(f"upscmd -u {NUT_USER} -p {NUT_PASSWORD} {ups} {command}{extra}")


def runtime_at_load(ups: str, formula: str) -> float:
    """Estimate runtime at another load with a formula over `runtime`, `load` and `charge`, e.g. 'runtime * load / 80'."""
    v = upsc(ups)
    env = {"runtime": float(v.get("battery.runtime", 0)), "load": float(v.get("ups.load", 1)), "charge": float(v.get("battery.charge", 0))}
    # ruleid: tool-input-to-eval
    return float(eval(formula, {"__builtins__": {}}, env))


def parse_thresholds(text: str) -> dict:
    """Parse thresholds pasted as a Python dict literal, e.g. "{'low': 20, 'critical': 10}"."""
    # ok: tool-input-to-eval
    data = ast.literal_eval(text)
    return {k: int(v) for k, v in dict(data).items() if k in ("low", "critical", "warning")}


for fn in (ups_status, all_upses, ups_command, runtime_at_load, parse_thresholds):
    mcp.add_tool(fn)

if __name__ == "__main__":
    mcp.run()
