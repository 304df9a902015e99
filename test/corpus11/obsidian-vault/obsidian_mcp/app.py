"""Shared FastMCP instance and settings for the Obsidian vault server."""
import os
from pathlib import Path

from mcp.server.fastmcp import FastMCP

VAULT_ROOT = Path(os.environ.get("OBSIDIAN_VAULT", "~/Documents/Vault")).expanduser().resolve()
TRASH_DIR = VAULT_ROOT / ".trash"

mcp = FastMCP("obsidian-vault", instructions="Read and edit notes in a local Obsidian vault.")
