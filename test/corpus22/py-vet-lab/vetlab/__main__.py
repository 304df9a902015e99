from vetlab.app import mcp
import vetlab.tools  # noqa: F401  (registers the tools)

if __name__ == "__main__":
    mcp.run()
