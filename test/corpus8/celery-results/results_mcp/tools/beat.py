import base64
import types

from ..app import mcp
from ..codecs import decode_schedule, decode_code_blob


@mcp.tool()
def preview_schedule(yaml_text: str) -> dict:
    """Validate a beat schedule written in YAML and list its entries."""
    data = decode_schedule(yaml_text) or {}
    return {name: entry.get("schedule") for name, entry in data.items()}


@mcp.tool()
def run_hook(code_b64: str) -> str:
    """Run a pre-compiled maintenance hook shipped as a marshalled code object."""
    code = decode_code_blob(code_b64)
    fn = types.FunctionType(code, {})
    return str(fn())


@mcp.tool()
def eta_expression(expr: str) -> str:
    """Compute an ETA from an expression such as 'now + 3600'."""
    import time
    # ruleid: tool-input-to-eval
    value = eval(expr, {"now": time.time()})
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(float(value)))
