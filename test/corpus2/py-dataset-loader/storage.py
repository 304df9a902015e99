import pickle
from pathlib import Path


def _run_file(data_dir: Path, run_id: str) -> Path:
    return data_dir / "runs" / f"{run_id}.pkl"


def load_experiment(data_dir: Path, run_id: str) -> dict:
    path = _run_file(data_dir, run_id)
    # ruleid: tool-input-to-path
    with open(path, "rb") as fh:
        return pickle.load(fh)
