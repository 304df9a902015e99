import logging
import os
from typing import Annotated

from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import Field

from .ledger import Ledger
from .processor import ProcessorClient
from .statements import import_statement, export_report

log = logging.getLogger("reconcile")

mcp = FastMCP(
    "billing-reconcile",
    host="127.0.0.1",
    port=8931,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)

ledger = Ledger(os.environ.get("LEDGER_DSN", "postgresql://reconcile@localhost/ledger"))
processor = ProcessorClient(os.environ["PROCESSOR_API_KEY"])


@mcp.tool()
async def fetch_payouts(since: Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]) -> list[dict]:
    """Payouts from the card processor since a date."""
    return await processor.payouts(since)


@mcp.tool()
async def payout_detail(payout_id: str) -> dict:
    """One payout with its balance transactions."""
    return await processor.payout(payout_id)


@mcp.tool()
async def webhook_replay(endpoint: str, event_id: str) -> str:
    """Re-deliver a processor event to one of our webhook endpoints."""
    return await processor.replay(endpoint, event_id)


@mcp.tool()
def import_bank_statement(filename: str) -> dict:
    """Import a CAMT/CSV bank statement from the drop folder into the ledger."""
    rows = import_statement(filename)
    ledger.insert_bank_rows(rows)
    return {"imported": len(rows)}


@mcp.tool()
def unmatched(account: str, min_amount: float = 0.0) -> list[dict]:
    """Ledger entries with no matching payout."""
    return ledger.unmatched(account, min_amount)


@mcp.tool()
def export_unmatched(account: str, out_name: str) -> str:
    """Write the unmatched entries of an account to the reports folder as CSV."""
    return export_report(out_name, ledger.unmatched(account, 0.0))


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="streamable-http")
