import ast
import os
from pathlib import Path

TILE_ROOT = Path(os.environ.get("MYCO_TILES", "/srv/myco/tiles")).resolve()


class BaseTool:
    name = ""
    description = ""
    input_schema: dict = {"type": "object", "properties": {}}

    def run(self, **kw) -> str:
        raise NotImplementedError


class ReadTrack(BaseTool):
    name = "read_track"
    description = "Read a GPX foraging track from the tile store."
    input_schema = {"type": "object", "properties": {"track": {"type": "string"}}, "required": ["track"]}

    def run(self, **kw) -> str:
        candidate = os.path.join(str(TILE_ROOT), kw["track"])
        if not candidate.startswith(str(TILE_ROOT)):
            raise ValueError("outside the tile store")
        # ruleid: tool-input-to-path
        return Path(candidate).read_text()


class DeleteTile(BaseTool):
    name = "delete_tile"
    description = "Delete a cached map tile."
    input_schema = {"type": "object", "properties": {"tile": {"type": "string"}}, "required": ["tile"]}

    def run(self, **kw) -> str:
        target = (TILE_ROOT / kw["tile"]).resolve()
        if not target.is_relative_to(TILE_ROOT):
            raise ValueError("outside the tile store")
        # ok: tool-input-to-path
        target.unlink()
        return "deleted"


class SpotScore(BaseTool):
    name = "spot_score"
    description = "Score a foraging spot with a formula over humidity, soil_temp and canopy."
    input_schema = {"type": "object", "properties": {"formula": {"type": "string"}, "humidity": {"type": "number"}, "soil_temp": {"type": "number"}, "canopy": {"type": "number"}}}

    def run(self, **kw) -> str:
        env = {k: kw.get(k, 0) for k in ("humidity", "soil_temp", "canopy")}
        # ruleid: tool-input-to-eval
        return str(eval(kw["formula"], {"__builtins__": {}}, env))


class ParseBounds(BaseTool):
    name = "parse_bounds"
    description = "Parse a bounding box literal like (lat1, lon1, lat2, lon2)."
    input_schema = {"type": "object", "properties": {"bbox": {"type": "string", "maxLength": 100}}, "required": ["bbox"]}

    def run(self, **kw) -> str:
        # ok: tool-input-to-eval
        lat1, lon1, lat2, lon2 = ast.literal_eval(kw["bbox"])
        return f"{abs(lat2 - lat1) * abs(lon2 - lon1):.4f} sq deg"


class RunFilter(BaseTool):
    name = "run_filter"
    description = "Run a Python snippet that filters the finds list in place."
    input_schema = {"type": "object", "properties": {"code": {"type": "string"}}}

    def run(self, **kw) -> str:
        scope = {"finds": [{"species": "chanterelle", "g": 340}, {"species": "porcini", "g": 120}]}
        # ruleid: tool-input-to-eval
        exec(kw["code"], scope)
        return repr(scope["finds"])


class SpeciesInfo(BaseTool):
    name = "species_info"
    description = "Edibility and look-alikes of a species."
    input_schema = {"type": "object", "properties": {"species": {"type": "string", "enum": ["chanterelle", "porcini", "morel", "hedgehog"]}}, "required": ["species"]}

    def run(self, **kw) -> str:
        # ok: tool-input-to-path
        return (TILE_ROOT.parent / "species" / f"{kw['species']}.md").read_text() if kw["species"] in {"chanterelle", "porcini", "morel", "hedgehog"} else "unknown"
