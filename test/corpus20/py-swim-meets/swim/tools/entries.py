from typing import Literal

from pydantic import BaseModel, Field

from swim.shell import run_line, run_quoted

HY3_DIR = "/srv/swim/entries"


class Entry(BaseModel):
    swimmer_id: str = Field(pattern=r"^[A-Z0-9]{6,12}$")
    event: int = Field(ge=1, le=80)
    seed_time: str = Field(pattern=r"^\d{1,2}:\d{2}\.\d{2}$|^NT$")
    course: Literal["SCY", "SCM", "LCM"] = "SCY"


# ok: weak-input-schema
def add_entry(entry: Entry) -> str:
    """Add a meet entry for a swimmer."""
    return run_quoted("hytek-entry", "add", entry.swimmer_id, str(entry.event), entry.seed_time, entry.course)


# ruleid: weak-input-schema
def import_team_file(team, file_name) -> str:
    """Import a team's Hy-Tek entry file (.hy3) into the meet."""
    return run_line(f"hytek-import --team {team} {HY3_DIR}/{file_name}")


TOOLS = [add_entry, import_team_file]
