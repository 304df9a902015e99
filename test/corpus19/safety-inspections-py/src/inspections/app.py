"""Shared FastMCP instance and settings for the safety-inspection server."""
import os
from pathlib import Path

from mcp.server.fastmcp import FastMCP

DATA_ROOT = Path(os.environ.get("INSPECTIONS_ROOT", "/srv/inspections")).resolve()
PHOTO_ROOT = DATA_ROOT / "photos"
CHECKLIST_ROOT = DATA_ROOT / "checklists"

mcp = FastMCP("safety-inspections", instructions="Site safety inspections: checklists, findings and photos.")
