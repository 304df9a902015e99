from fastmcp import FastMCP

from citations import citations
from papers import papers

mcp = FastMCP("arxiv-papers")
mcp.mount(papers, prefix="arxiv")
mcp.mount(citations, prefix="cite")

if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="http", host="127.0.0.1", port=8040)
