"""Shared FastMCP instance for the HL7 router tools."""
import logging
import os

from mcp.server.fastmcp import FastMCP

log = logging.getLogger("hl7_router")

INBOX = os.environ.get("HL7_INBOX", "/var/spool/hl7/inbox")
ARCHIVE = os.environ.get("HL7_ARCHIVE", "/var/spool/hl7/archive")
DB_PATH = os.environ.get("HL7_DB", "/var/lib/hl7/routes.db")

mcp = FastMCP("hl7-router")
