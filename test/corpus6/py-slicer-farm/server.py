import base64
import json
import pickle
import subprocess

import dill
import trimesh
import yaml
from mcp.server.fastmcp import FastMCP

from helpers import MODELS_DIR, PROFILES, model_path, run_slicer, slice_cmd

mcp = FastMCP("slicer-farm")


@mcp.tool()
def mesh_info(name: str) -> dict:
    """Bounding box, volume and watertightness of an STL/3MF model."""
    # ok: tool-input-to-path
    mesh = trimesh.load(model_path(name), force="mesh")
    return {"extents_mm": mesh.extents.tolist(), "volume_cm3": round(mesh.volume / 1000, 2), "watertight": bool(mesh.is_watertight)}


@mcp.tool()
def raw_mesh_info(path: str) -> dict:
    """Like mesh_info but for any path on the slicing host."""
    # ruleid: tool-input-to-path
    mesh = trimesh.load(open(path, "rb"), file_type=path.rsplit(".", 1)[-1], force="mesh")
    return {"faces": len(mesh.faces), "vertices": len(mesh.vertices)}


@mcp.tool()
def slice_model(name: str, profile: str = "pla_draft", extra_args: str = "") -> str:
    """Slices a model with PrusaSlicer; extra_args are appended to the command line."""
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {sorted(PROFILES)}")
    return run_slicer(slice_cmd(model_path(name), profile, extra_args))


@mcp.tool()
def slice_model_safe(name: str, profile: str = "pla_draft") -> str:
    """Slices a model with a fixed profile and no extra arguments."""
    if profile not in PROFILES:
        raise ValueError(f"profile must be one of {sorted(PROFILES)}")
    model = model_path(name)
    # ok: tool-input-to-shell
    proc = subprocess.run(["prusa-slicer", "--export-gcode", "--load", PROFILES[profile], "--output", str(model.with_suffix(".gcode")), str(model)], capture_output=True, text=True, timeout=900)
    return proc.stdout[-5000:]


@mcp.tool()
def import_print_settings(settings_b64: str) -> dict:
    """Imports print settings exported from the desktop app (base64)."""
    # ruleid: unsafe-deserialization
    settings = pickle.loads(base64.b64decode(settings_b64))
    return {"layer_height": settings.get("layer_height"), "infill": settings.get("fill_density")}


@mcp.tool()
def import_post_processor(blob_b64: str) -> str:
    """Registers a G-code post-processing function sent as a dill blob."""
    # ruleid: unsafe-deserialization
    fn = dill.loads(base64.b64decode(blob_b64))
    return f"registered post-processor {getattr(fn, '__name__', 'anonymous')}"


@mcp.tool()
def import_settings_yaml(settings_yaml: str) -> dict:
    """Imports print settings written as YAML."""
    # ok: unsafe-deserialization
    settings = yaml.safe_load(settings_yaml)
    return {"keys": sorted(settings)}


@mcp.tool()
def gcode_macro(macro_source: str, gcode_name: str) -> str:
    """Runs a Python macro over a G-code file's lines (the macro defines `transform(lines)`)."""
    scope: dict = {}
    # ruleid: tool-input-to-eval
    exec(compile(macro_source, "<macro>", "exec"), scope)
    lines = model_path(gcode_name).read_text().splitlines()
    return "\n".join(scope["transform"](lines))[:20_000]


@mcp.tool()
def set_temperatures(temps_json: str) -> dict:
    """Sets nozzle/bed temperatures from a JSON object such as {"nozzle": 215, "bed": 60}."""
    # ok: tool-input-to-eval
    temps = json.loads(temps_json)
    nozzle, bed = int(temps["nozzle"]), int(temps["bed"])
    if not (150 <= nozzle <= 300 and 0 <= bed <= 120):
        raise ValueError("temperature out of range")
    return {"M104": nozzle, "M140": bed}


if __name__ == "__main__":
    mcp.run()
