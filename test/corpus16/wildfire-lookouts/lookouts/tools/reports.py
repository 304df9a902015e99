import os
from pathlib import Path

import yaml
from mcp.server.fastmcp import FastMCP

REPORTS = Path(os.environ.get("LOOKOUT_REPORTS", "/srv/lookouts/reports"))


def register(mcp: FastMCP) -> None:
    @mcp.tool()
    def smoke_report(report_name: str) -> dict:
        """Load a smoke report filed by a lookout (YAML)."""
        # ruleid: tool-input-to-path
        text = Path(REPORTS, report_name).read_text(encoding="utf-8")
        # ruleid: unsafe-deserialization
        report = yaml.load(text, Loader=yaml.UnsafeLoader)
        return {"azimuth": report.get("azimuth"), "distance_km": report.get("distance_km"), "color": report.get("smoke_color")}

    @mcp.tool()
    def submit_report(tower: str, azimuth: int, distance_km: float, smoke_color: str) -> str:
        """File a new smoke report."""
        name = f"{tower}-{azimuth:03d}.yaml"
        safe_dir = REPORTS.resolve()
        target = (safe_dir / name).resolve()
        if not target.is_relative_to(safe_dir):
            raise ValueError("bad tower name")
        body = yaml.safe_dump({"tower": tower, "azimuth": azimuth, "distance_km": distance_km, "smoke_color": smoke_color})
        # ok: tool-input-to-path
        target.write_text(body, encoding="utf-8")
        return f"filed {name}"
