import ast
import os
from typing import Annotated

from mcp.server.fastmcp import FastMCP
from pydantic import Field

from analysis import Session, SAMPLES_DIR
from patterns import match_bytes, eval_condition

mcp = FastMCP("r2-reversing")
_sessions: dict[str, Session] = {}


def _session(sample: str) -> Session:
    if sample not in _sessions:
        _sessions[sample] = Session.open(sample)
    return _sessions[sample]


@mcp.tool()
# ok: weak-input-schema
def functions(sample: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]) -> list[dict]:
    """List functions found by auto-analysis of a sample (by SHA-256)."""
    return _session(sample).functions()


@mcp.tool()
def disassemble(sample: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")], address: str, count: int = 32) -> str:
    """Disassemble `count` instructions at an address or symbol."""
    return _session(sample).disasm(address, count)


@mcp.tool()
def strings_grep(sample: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")], needle: str) -> str:
    """Grep the sample's strings for a substring."""
    return _session(sample).strings_grep(needle)


@mcp.tool()
def find_bytes(sample: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")], pattern: str) -> list[int]:
    """Search the sample for a byte pattern given as a Python bytes literal, e.g. b'\\x55\\x48\\x89\\xe5'."""
    # ok: tool-input-to-eval
    needle = ast.literal_eval(pattern)
    if not isinstance(needle, bytes):
        raise ValueError("pattern must be a bytes literal")
    return match_bytes(os.path.join(SAMPLES_DIR, sample), needle)


@mcp.tool()
def triage(sample: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")], condition: str) -> bool:
    """Evaluate a triage condition over the sample's header facts, e.g. "entropy > 7.2 and 'UPX' in sections"."""
    facts = _session(sample).facts()
    return eval_condition(condition, facts)


if __name__ == "__main__":
    mcp.run()
