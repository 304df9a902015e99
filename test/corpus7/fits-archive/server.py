import sys

from mcp.server.fastmcp import FastMCP

from catalog import CATALOG_DB, cone_search, night_log, observations_of
from images import header, row_filter

mcp = FastMCP("fits-archive")


# ruleid: weak-input-schema
def find_observations(target, where=None):
    """Observations of a target (e.g. 'M31'), optionally filtered by a Python condition over each row."""
    rows = observations_of(target)
    if where:
        keep = row_filter(where)
        rows = [r for r in rows if keep(r)]
    return rows


def cone(ra: float, dec: float, radius_deg: float = 0.5) -> list[dict]:
    """Observations within a box around RA/Dec (degrees)."""
    return cone_search(ra, dec, min(radius_deg, 5.0))


def night(night: str, columns: list[str] | None = None) -> list[dict]:
    """Everything observed during a night (YYYY-MM-DD)."""
    return night_log(night, columns or [])


def fits_header(obs_id: str, filename: str) -> dict:
    """Primary header of a raw FITS frame."""
    return header(obs_id, filename)


for tool in (find_observations, cone, night, fits_header):
    mcp.add_tool(tool)

if __name__ == "__main__":
    # ok: stdout-in-stdio-server
    print(f"fits-archive: catalog {CATALOG_DB}", file=sys.stderr)
    mcp.run()
