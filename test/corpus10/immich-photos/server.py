import os

from fastmcp import FastMCP

from immich_client import ImmichClient
from tools import PhotoTools

mcp = FastMCP(name="immich-photos")

client = ImmichClient(os.environ.get("IMMICH_URL", "http://immich.lan:2283"), os.environ["IMMICH_API_KEY"])
PhotoTools(client, os.environ.get("IMMICH_EXPORT_ROOT", os.path.expanduser("~/Pictures/immich-export"))).register(mcp)


@mcp.tool
def server_version() -> str:
    """Version of the Immich server."""
    info = client._http.get("/server/version").json()
    return f"{info['major']}.{info['minor']}.{info['patch']}"


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(
        transport="http",
        # ruleid: bind-all-interfaces
        host="0.0.0.0",
        port=int(os.environ.get("PORT", "8765")),
    )
