import os
import subprocess
from pathlib import Path

MODELS_DIR = Path(os.environ.get("SLICER_MODELS", "/srv/models")).resolve()
PROFILES = {
    "pla_draft": "profiles/pla_0.28_draft.ini",
    "pla_quality": "profiles/pla_0.12_quality.ini",
    "petg": "profiles/petg_0.20.ini",
}


def model_path(name: str) -> Path:
    p = (MODELS_DIR / name).resolve()
    if MODELS_DIR not in p.parents:
        raise ValueError("model must be inside the models folder")
    return p


def slice_cmd(model: Path, profile: str, extra: str) -> str:
    return f"prusa-slicer --export-gcode --load {PROFILES[profile]} {extra} --output {model.with_suffix('.gcode')} {model}"


def run_slicer(command: str) -> str:
    # ruleid: tool-input-to-shell
    proc = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out, _ = proc.communicate(timeout=900)
    return out[-5000:]
