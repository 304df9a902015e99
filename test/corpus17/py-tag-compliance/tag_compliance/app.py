import os

import psycopg
from fastmcp import FastMCP

mcp = FastMCP("tag-compliance")

conn = psycopg.connect(os.environ.get("TAGS_DSN", "postgresql://tags@localhost/cloud_inventory"), autocommit=True)

REQUIRED_TAGS = ("owner", "cost-center", "environment", "data-classification")


def main() -> None:
    from . import tools  # noqa: F401

    mcp.run()
