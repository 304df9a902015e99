from mcp.server.fastmcp import FastMCP

from .tools import ALL_TOOLS

mcp = FastMCP("sar-callouts")

for tool in ALL_TOOLS:
    mcp.add_tool(tool.run, name=tool.name, description=tool.description)


if __name__ == "__main__":
    mcp.run()
