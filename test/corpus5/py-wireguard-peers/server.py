"""WireGuard peer management on the office gateway (stdio)."""
import logging
import random
import sys
import uuid

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations
from pydantic import Field

import wg

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("wireguard-peers")
mcp = FastMCP("wireguard-peers")


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
# ok: weak-input-schema
async def show(
    iface: str = Field(pattern=r"^wg[0-9]{1,2}$", description="Interface name, e.g. wg0"),
) -> str:
    """Peers and handshakes of an interface."""
    return await wg.run_argv("wg", "show", iface)


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def interface_config(iface: str = Field(pattern=r"^wg[0-9]{1,2}$")) -> str:
    """Interface configuration with private keys removed."""
    text = wg.read_interface_conf(iface)
    return "\n".join(line for line in text.splitlines() if not line.startswith("PrivateKey"))


@mcp.tool()
def peer_note(peer_name: str) -> str:
    """Free-text note kept for a peer (owner, device, purpose)."""
    return wg.read_peer_note(peer_name)


@mcp.tool(annotations=ToolAnnotations(destructiveHint=True))
async def restart_interface(iface: str = Field(pattern=r"^wg[0-9]{1,2}$"), extra_flags: str = "") -> str:
    """Restart an interface with wg-quick (extra flags are passed to wg-quick)."""
    # ok: sensitive-data-logged
    log.info("restarting %s", iface)
    out = await wg.run_line(f"wg-quick down {iface} && wg-quick up {iface} {extra_flags}")
    # ruleid: stdout-in-stdio-server
    print(out)
    return out[-2000:]


@mcp.tool()
def new_peer_id(name: str = Field(max_length=40)) -> dict:
    """Allocate an id and a one-time registration PIN for a new peer."""
    # ok: insecure-randomness
    peer_id = uuid.uuid4().hex
    # ruleid: insecure-randomness
    pin = f"{random.getrandbits(32):08x}"
    return {"name": name, "peer_id": peer_id, "registration_pin": pin}


if __name__ == "__main__":
    mcp.run("stdio")
