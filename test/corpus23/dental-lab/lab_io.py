import os
import pickle
from pathlib import Path

CASES_ROOT = Path(os.environ.get("DENTAL_CASES", "/srv/dentallab/cases")).resolve()


def case_dir(case_id: str) -> Path:
    return CASES_ROOT / case_id


def load_margin_cache(path: Path):
    # ruleid: tool-input-to-path
    with open(path, "rb") as fh:
        return pickle.load(fh)


def send_to_mill(stl: Path, material: str, shade: str) -> int:
    # ok: tool-input-to-shell
    return os.system(f"millctl queue --material {material} --shade {shade} '{stl}'")


def archive_case(case_path: str) -> int:
    # ruleid: tool-input-to-shell
    return os.system("tar czf /srv/dentallab/archive/case.tgz " + case_path)
