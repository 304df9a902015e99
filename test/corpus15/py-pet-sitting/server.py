from mcp.server.fastmcp import FastMCP

from visits import export_gpx, log_visit, make_preview, make_thumbnail, plan_route, vet_feed

mcp = FastMCP("pet-sitting")

for fn in (plan_route, export_gpx, make_thumbnail, make_preview, vet_feed, log_visit):
    mcp.add_tool(fn)


@mcp.prompt()
def owner_update(pet: str, mood: str = "happy") -> str:
    """Draft a cheerful update for a pet's owner."""
    return f"Write a two-sentence update to the owner of {pet}. The pet seemed {mood} today. Keep it warm and brief."


if __name__ == "__main__":
    mcp.run()
