import ast
import base64
import pickle
import subprocess
from typing import Literal

import yaml

from .registry import register

PREDICTOR = "/opt/cusf/bin/predict"


@register("decode_frame")
def decode_frame(frame_b64: str) -> dict:
    """Decode a cached radiosonde frame object exported by the ground station."""
    raw = base64.b64decode(frame_b64)
    # ruleid: unsafe-deserialization
    frame = pickle.loads(raw)
    return {"serial": frame.serial, "alt_m": frame.altitude, "temp_c": frame.temperature}


@register("parse_sounding")
def parse_sounding(document: str) -> dict:
    """Parse a sounding summary in YAML (levels, wind, humidity)."""
    # ok: unsafe-deserialization
    data = yaml.safe_load(document)
    return {"levels": len(data.get("levels", [])), "station": data.get("station")}


@register("load_launch_profile")
def load_launch_profile(profile_yaml: str) -> dict:
    """Load a launch profile (balloon mass, gas, parachute) written by the launch crew."""
    # ruleid: unsafe-deserialization
    profile = yaml.load(profile_yaml, Loader=yaml.Loader)
    return {"balloon": profile["balloon"], "neck_lift_g": profile["neck_lift_g"]}


@register("predict_landing")
def predict_landing(launch_site: str, ascent_rate: float = 5.0, burst_alt: int = 30000) -> str:
    """Predict the landing point for a launch from a named site."""
    cmd = f"{PREDICTOR} --site {launch_site} --ascent {ascent_rate} --burst {burst_alt}"
    # ruleid: tool-input-to-shell
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=120)
    return out.stdout


@register("wind_profile")
def wind_profile(levels: str) -> str:
    """Summarise a wind profile given as a list of (altitude_m, speed_ms, direction_deg) tuples."""
    # ok: tool-input-to-eval
    rows = ast.literal_eval(levels)
    fastest = max(rows, key=lambda r: r[1])
    return f"{len(rows)} levels, max {fastest[1]} m/s at {fastest[0]} m from {fastest[2]}°"


@register("track_sonde")
def track_sonde(serial: str, source: Literal["sondehub", "local"] = "sondehub") -> str:
    """Latest position of a radiosonde by serial."""
    # ok: tool-input-to-shell
    out = subprocess.run(["sondetrack", "--source", source, "--serial", serial], capture_output=True, text=True, timeout=30)
    return out.stdout
