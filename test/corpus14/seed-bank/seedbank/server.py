"""Seed bank (genebank) accession MCP server."""
import logging
import sys
from typing import Annotated

from mcp.server.fastmcp import FastMCP
from pydantic import Field

from . import storage
from .decorators import log_calls, require_vault_open

logging.basicConfig(stream=sys.stderr, level=logging.INFO)

mcp = FastMCP("seed-bank")

Accession = Annotated[str, Field(pattern=r"^[A-Z]{3}\d{6}$", description="Accession number, e.g. NGB012345")]


@mcp.tool()
@log_calls
# ok: weak-input-schema
def passport(accession: Accession) -> dict:
    """Passport data (taxon, origin, collection date) of an accession."""
    return storage.read_passport(accession)


@mcp.tool()
@log_calls
def germination_log(lot: Annotated[str, Field(max_length=40)]) -> str:
    """Germination test results of a seed lot."""
    return storage.read_germination_log(lot)


@mcp.tool()
@require_vault_open
@log_calls
def vault_label(location: Annotated[str, Field(description="Vault location as room/shelf/box")]) -> str:
    """Print text of the label stored with a box in the cold vault."""
    return storage.read_label(location)


@mcp.tool()
def restore_inventory_state(state: str) -> dict:
    """Restore the inventory state saved by the desktop curator app."""
    return storage.restore_inventory(state)


@mcp.tool()
def connect_grin(user: str, password: str) -> str:
    """Open a session on the GRIN-Global server for order exports."""
    return storage.login_grin(user, password)


if __name__ == "__main__":
    mcp.run()
