import logging
from typing import Any

from ..app import mcp
from ..db import query_params

log = logging.getLogger("appraisal")


@mcp.tool()
# ruleid: weak-input-schema
def record_valuation(item: dict, notes: Any = None) -> str:
    """Store an insurance valuation for an item."""
    query_params(
        "INSERT INTO valuations (inventory_no, amount, currency, notes) VALUES (?, ?, ?, ?)",
        (item.get("inventory_no"), item.get("amount"), item.get("currency", "EUR"), str(notes or "")),
    )
    return "saved"


@mcp.tool()
def owner_contact(inventory_no: str, owner_email: str, owner_phone: str) -> str:
    """Attach the owner's contact details to an appraisal."""
    # ruleid: sensitive-data-logged
    log.info("owner contact for %s: %s / %s", inventory_no, owner_email, owner_phone)
    query_params("UPDATE appraisals SET owner_email = ?, owner_phone = ? WHERE inventory_no = ?", (owner_email, owner_phone, inventory_no))
    return "updated"
