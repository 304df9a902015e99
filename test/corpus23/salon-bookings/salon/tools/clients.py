from typing import Any

from ..app import log, mcp
from ..decorators import log_calls
from ..queries import fetch_all


@mcp.tool()
@log_calls
async def register_client(name: str, phone: str, card_number: str) -> str:
    """Register a new client with a card on file for no-show fees."""
    # ruleid: sensitive-data-logged
    log.info("new client %s phone=%s card=%s", name, phone, card_number)
    await fetch_all("INSERT INTO clients (name, phone, card_last4) VALUES (?, ?, ?)", (name, phone, card_number[-4:]))
    return "registered"


# ruleid: weak-input-schema
@mcp.tool()
async def update_preferences(client_id: int, prefs: Any) -> str:
    """Store a client's colour formula and preferences."""
    await fetch_all("UPDATE clients SET prefs = ? WHERE id = ?", (str(prefs), client_id))
    return "saved"
