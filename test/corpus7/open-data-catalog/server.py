from typing import Any

import requests
from fastmcp import FastMCP

from ckan import HOME_PORTAL, package_show, remote_search, resource_preview

mcp = FastMCP("open-data-catalog")


@mcp.tool
def dataset(package_id: str) -> dict:
    """Metadata of a dataset on the regional portal."""
    pkg = package_show(package_id)
    return {"title": pkg["title"], "license": pkg.get("license_id"), "resources": [r["url"] for r in pkg.get("resources", [])]}


@mcp.tool
def search_other_portal(portal: str, query: str, rows: int = 20) -> list[str]:
    """Search another CKAN portal (give its base URL)."""
    result = remote_search(portal, query, rows)
    return [p["name"] for p in result["results"]]


@mcp.tool
def preview_resource(url: str) -> str:
    """First 64 KiB of a dataset resource (CSV, JSON...)."""
    return resource_preview(url)


@mcp.tool
# ruleid: weak-input-schema
def facet_search(filters: dict[str, Any], sort: str = "score desc") -> dict:
    """Search the regional portal with facet filters, e.g. {"tags": "transport"}."""
    fq = " AND ".join(f'{k}:"{v}"' for k, v in filters.items())
    # ok: tool-input-to-url
    resp = requests.get(f"{HOME_PORTAL}/api/3/action/package_search", params={"fq": fq, "sort": sort, "rows": 50}, timeout=20)
    return resp.json()["result"]


@mcp.resource("ckan://dataset/{package_id}")
def dataset_resource(package_id: str) -> dict:
    """The dataset's metadata as a resource."""
    return package_show(package_id)


if __name__ == "__main__":
    mcp.run()
