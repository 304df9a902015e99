"""Valve and schedule control through the controller's `valvectl` CLI."""
import ast
import os
import shlex
import subprocess

import requests
import yaml

VALVECTL = "/usr/local/bin/valvectl"
# ruleid: hardcoded-secret
WEATHER_API_KEY = "wx_9f3b2c71d04e4a58b6c2e1f0a7d93c45"
SOIL_API_TOKEN = os.environ.get("SOIL_PROBE_TOKEN", "")


def open_valve(block: str, minutes: int) -> str:
    cmd = f"{VALVECTL} open {shlex.quote(block)} --minutes {int(minutes)}"
    # ok: tool-input-to-shell
    code = os.system(cmd)
    return "opened" if code == 0 else f"valvectl exited {code}"


def schedule(blocks: list[str], start: str, minutes: int) -> str:
    command = VALVECTL + " schedule --start " + start + " --minutes " + str(minutes) + " " + " ".join(blocks)
    # ruleid: tool-input-to-shell
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, text=True)
    out, _ = proc.communicate(timeout=30)
    return out


def import_program(program_yaml: str) -> dict:
    # ruleid: unsafe-deserialization
    program = yaml.unsafe_load(program_yaml)
    return {"blocks": sorted(program.get("blocks", {}))}


def parse_kc_curve(curve_literal: str) -> list[float]:
    """Crop coefficient curve pasted as a Python list literal, e.g. [0.3, 0.45, 0.7]."""
    # ok: tool-input-to-eval
    values = ast.literal_eval(curve_literal)
    return [float(v) for v in values]


def et0_forecast(station: str) -> dict:
    resp = requests.get(
        "https://api.agweather.example.com/v1/et0",
        params={"station": station, "days": 5, "key": WEATHER_API_KEY},
        timeout=15,
    )
    return resp.json()
