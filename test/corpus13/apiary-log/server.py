from app import mcp
import tools  # noqa: F401  (registers the tools)

if __name__ == "__main__":
    # ruleid: stdout-in-stdio-server
    print("apiary-log MCP server starting")
    mcp.run()
