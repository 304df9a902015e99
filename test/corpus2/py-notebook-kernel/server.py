"""Notebook kernel bridge: run cells, manage variables, share results."""

import json
import os
import random
import sys
from typing import Any

from fastmcp import FastMCP
from jose import jwt as jose_jwt

from kernel import Kernel

mcp = FastMCP("notebook-kernel")
kernel = Kernel()

SHARE_DIR = os.environ.get("NOTEBOOK_SHARE_DIR", "/tmp/notebook-shares")


# ruleid: weak-input-schema
def set_variables(values: Any) -> str:
    """Set kernel variables from a mapping of name -> value."""
    for name, value in dict(values).items():
        kernel.namespace[name] = value
    return f"set {len(values)} variables"


def run_cell(source: str) -> str:
    """Execute a notebook cell and return its output."""
    return kernel.run(source)


# ruleid: weak-input-schema
def inspect_var(name) -> str:
    """repr() of a kernel variable, e.g. `df.head()`."""
    # ruleid: tool-input-to-eval
    return repr(eval(name, kernel.namespace))[:5000]


def share_result(cell_output: str, viewer_token: str) -> str:
    """Publish a cell output so a colleague can open it; returns a share code."""
    # ruleid: jwt-verification-disabled
    claims = jose_jwt.get_unverified_claims(viewer_token)
    if claims.get("role") not in {"viewer", "editor"}:
        return "token may not share"
    # ruleid: insecure-randomness
    code = str(random.randint(100000, 999999))
    os.makedirs(SHARE_DIR, exist_ok=True)
    with open(os.path.join(SHARE_DIR, code + ".json"), "w") as fh:
        json.dump({"by": claims.get("sub"), "output": cell_output}, fh)
    return code


def open_share(code: str) -> str:
    """Open a shared result by its code."""
    if not code.isdigit() or len(code) != 6:
        return "invalid code"
    # ok: tool-input-to-path
    with open(os.path.join(SHARE_DIR, code + ".json")) as fh:
        return json.load(fh)["output"]


for fn in (set_variables, run_cell, inspect_var, share_result, open_share):
    mcp.add_tool(fn)


@mcp.tool
def reset(confirm: bool = False) -> str:
    """Clear all kernel variables."""
    if not confirm:
        return "pass confirm=true to reset"
    kernel.namespace.clear()
    # ruleid: stdout-in-stdio-server
    print("kernel reset", flush=True)
    return "reset"


@mcp.tool
def variables() -> list[str]:
    """Names of the kernel variables."""
    # ok: stdout-in-stdio-server
    sys.stderr.write(f"{len(kernel.namespace)} variables\n")
    return sorted(k for k in kernel.namespace if not k.startswith("_"))


if __name__ == "__main__":
    mcp.run()
