"""Support mailbox ingestion tools (FastMCP, Streamable HTTP inside the support VLAN)."""
import logging
import os

from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

from imap_client import unread_subjects

logging.basicConfig(level=logging.INFO)

mcp = FastMCP(
    "mail-ingest",
    # ruleid: bind-all-interfaces
    host="::",
    port=int(os.environ.get("PORT", "8525")),
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["*"], allowed_origins=["*"]),
)


@mcp.tool()
def unread(mailbox_user: str, mailbox_password: str, legacy: bool = False) -> list[str]:
    """Unread messages (sender: subject) of a support mailbox."""
    try:
        return unread_subjects(mailbox_user, mailbox_password, legacy)
    except Exception as exc:  # noqa: BLE001
        # ruleid: error-detail-leak
        return [f"IMAP error: {exc!r}"]


@mcp.tool()
def mailboxes() -> list[str]:
    """Support mailboxes this server knows about."""
    return ["support@support.example.com", "billing@support.example.com", "abuse@support.example.com"]


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="streamable-http")
