"""Payments ledger MCP server (stdio): Stripe payouts and a double-entry ledger in Postgres."""
import logging
import os
import sys
import traceback
from decimal import Decimal
from typing import Literal

import stripe
from mcp.server.fastmcp import FastMCP
from pydantic import Field

import ledger

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("payments-ledger")

# ruleid: hardcoded-secret
stripe.api_key = "sk_live_51Mz8QpL2xKd7RtYw9NcVb3Hf6JgTa0PeS4uZ1oXiBmQ5rWn8yEvC2kD7hF9jA3sL"
STRIPE_ACCOUNT = os.environ.get("STRIPE_ACCOUNT")

mcp = FastMCP("payments-ledger")


@mcp.tool()
def account_entries(account: str = Field(pattern=r"^[0-9]{4}(-[0-9]{2})?$"), limit: int = Field(50, le=500)) -> list[dict]:
    """Latest ledger entries of an account (chart-of-accounts number)."""
    return ledger.entries_for_account(account, limit)


@mcp.tool()
def balances(by: Literal["account", "currency", "cost_center"] = "account") -> list[dict]:
    """Balances grouped by account, currency or cost center."""
    return ledger.balance_by(by)


@mcp.tool()
def search_memos(term: str, currency: str = "EUR") -> list[dict]:
    """Entries whose memo contains the term."""
    return ledger.search_memo(term, currency)


@mcp.tool()
def reverse(entry_ids: list[str]) -> str:
    """Mark entries as reversed."""
    return f"reversed {ledger.reverse_entries(entry_ids)} entries"


@mcp.tool()
def create_payout(amount_eur: Decimal = Field(gt=0, le=50000), iban: str = Field(pattern=r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"), memo: str = "") -> str:
    """Pay out an amount to a bank account and book it in the ledger."""
    # ruleid: sensitive-data-logged
    log.info("payout %s EUR to %s (api key %s)", amount_eur, iban, stripe.api_key)
    # ok: sensitive-data-logged
    log.info("payout %s EUR to IBAN ending %s", amount_eur, iban[-4:])
    try:
        payout = stripe.Payout.create(amount=int(amount_eur * 100), currency="eur", description=memo, stripe_account=STRIPE_ACCOUNT)
        ledger.post_entry("1200", -amount_eur, f"payout {payout.id}: {memo}")
        return payout.id
    except stripe.error.StripeError as e:
        # ruleid: error-detail-leak
        return f"payout failed: {str(e)}"
    except Exception:
        # ruleid: error-detail-leak
        return "internal error:\n" + traceback.format_exc()


@mcp.tool()
def payout_status(payout_id: str = Field(pattern=r"^po_[A-Za-z0-9]+$")) -> str:
    """Status of a payout."""
    try:
        return stripe.Payout.retrieve(payout_id, stripe_account=STRIPE_ACCOUNT).status
    except stripe.error.InvalidRequestError:
        # ok: error-detail-leak
        return "unknown payout id"
    except Exception:
        log.exception("payout_status failed for %s", payout_id)
        # ok: error-detail-leak
        return "could not read the payout status; the error was logged"


if __name__ == "__main__":
    mcp.run()
