"""Tool implementations, dispatched by name from server.py."""
import json
import os
import shlex
import subprocess
from datetime import datetime

from calc import compile_alarm, custom_metric, efficiency, parse_reading_tuple

LOG_DIR = os.environ.get("BOILER_LOG_DIR", "/var/log/boilerhouse")
BOILERS = {"B1": "boiler-1.plant.local", "B2": "boiler-2.plant.local", "B3": "boiler-3.plant.local"}

_entries: list[dict] = []


async def add_entry(args: dict) -> str:
    entry = {
        "boiler": args["boiler"],
        "at": datetime.now().isoformat(timespec="minutes"),
        "pressure_bar": float(args["pressure_bar"]),
        "temp_c": float(args["temp_c"]),
        "water_level": args.get("water_level", "normal"),
    }
    _entries.append(entry)
    return json.dumps(entry)


async def efficiency_tool(args: dict) -> str:
    return str(efficiency(args["steam_kg"], args["fuel_kg"], args["enthalpy_gain"], args["fuel_cv"]))


async def metric_tool(args: dict) -> str:
    values = [custom_metric(args["expression"], e) for e in _entries if e["boiler"] == args.get("boiler")]
    return json.dumps(values)


async def reading_tool(args: dict) -> str:
    pressure, temp = parse_reading_tuple(args["reading"])
    return json.dumps({"pressure_bar": pressure, "temp_c": temp})


async def alarm_tool(args: dict) -> str:
    check = compile_alarm(args["rule"])
    hits = [e for e in _entries if check(e)]
    return json.dumps(hits)


async def plc_dump(args: dict) -> str:
    host = BOILERS.get(args["boiler"])
    if host is None:
        raise ValueError("unknown boiler")
    # ok: tool-input-to-shell
    out = subprocess.run(["modbus-dump", "--host", host, "--registers", "0-120"], capture_output=True, text=True, timeout=30)
    return out.stdout


async def grep_log(args: dict) -> str:
    pattern = args["pattern"]
    day = args.get("day", datetime.now().strftime("%Y-%m-%d"))
    # ok: tool-input-to-shell
    out = subprocess.run(f"grep -i -- {shlex.quote(pattern)} {shlex.quote(os.path.join(LOG_DIR, day + '.log'))}", shell=True, capture_output=True, text=True)
    return out.stdout or "(no matches)"


async def rotate_log(args: dict) -> str:
    keep = args.get("keep", 30)
    # ruleid: tool-input-to-shell
    rc = os.system("logrotate -f --state /tmp/boiler.state " + LOG_DIR + "/logrotate.conf --keep " + str(keep))
    return f"logrotate exited {rc}"


async def tail_log(args: dict) -> str:
    lines = int(args.get("lines", 50))
    # ruleid: tool-input-to-shell
    with os.popen("tail -n %d %s/%s.log" % (lines, LOG_DIR, args["day"])) as p:
        return p.read()


HANDLERS = {
    "add_entry": add_entry,
    "efficiency": efficiency_tool,
    "custom_metric": metric_tool,
    "parse_reading": reading_tool,
    "alarm_hits": alarm_tool,
    "plc_dump": plc_dump,
    "grep_log": grep_log,
    "rotate_log": rotate_log,
    "tail_log": tail_log,
}
