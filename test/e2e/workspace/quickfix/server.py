"""Quick-fix E2E workspace file: an unsafe YAML loader."""
import yaml
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("quickfix")


@mcp.tool()
def parse_config(text: str) -> str:
    return str(yaml.load(text, Loader=yaml.Loader))
