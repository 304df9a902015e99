"""Static settings of the ZFS MCP server."""
import os
import re

LOG_DIR = os.environ.get("ZFS_MCP_LOG_DIR", "/var/log")
DATASET_RE = re.compile(r"^[A-Za-z0-9_.:-]+(/[A-Za-z0-9_.:-]+)*$")
PROPERTIES = ("compression", "atime", "recordsize", "quota", "reservation", "readonly")
