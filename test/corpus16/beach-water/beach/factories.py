import json
from pathlib import Path
from typing import Callable, Literal

import jsonpickle
import yaml

from .classify import classify_sample, custom_rule

ToolFn = Callable[..., object]


def make_lab_tools(lab_dir: Path) -> list[ToolFn]:
    def import_lab_batch(batch: str) -> str:
        """Import a batch of lab results exported by the LIMS (jsonpickle format)."""
        # ruleid: unsafe-deserialization
        samples = jsonpickle.decode(batch)
        return f"{len(samples)} samples imported from {lab_dir.name}"

    def import_lab_json(batch: str) -> str:
        """Import a batch of lab results in plain JSON."""
        # ok: unsafe-deserialization
        samples = json.loads(batch)
        return f"{len(samples)} samples imported"

    def load_site_profile(profile: str) -> dict:
        """Parse a bathing-site profile (YAML)."""
        # ok: unsafe-deserialization
        data = yaml.load(profile, Loader=yaml.SafeLoader)
        return {"site": data["site"], "sources": data.get("pollution_sources", [])}

    return [import_lab_batch, import_lab_json, load_site_profile]


def make_classification_tools(default_standard: str) -> list[ToolFn]:
    def classify(e_coli: float, enterococci: float, standard: Literal["eu2006", "us-epa"] = "eu2006") -> str:
        """Classify a sample against a bathing-water standard."""
        return classify_sample(e_coli, enterococci, standard or default_standard)

    def classify_custom(e_coli: float, enterococci: float, rule: str) -> str:
        """Classify with a local authority's own rule, written as Python."""
        return custom_rule(rule, {"e_coli": e_coli, "enterococci": enterococci})

    return [classify, classify_custom]
