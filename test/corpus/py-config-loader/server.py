import ast
import base64
import json
import marshal
import pickle

import yaml
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("config-tools")
_state: dict = {}


@mcp.tool()
def load_config(yaml_text: str) -> dict:
    """Parse a YAML configuration document."""
    return yaml.load(yaml_text, Loader=yaml.Loader)  # FLAW unsafe-deserialization


@mcp.tool()
def load_config_default(yaml_text: str) -> dict:
    """Parse YAML (legacy call)."""
    return yaml.load(yaml_text)  # FLAW unsafe-deserialization


@mcp.tool()
def load_config_safe(yaml_text: str) -> dict:
    """Parse YAML safely."""
    return yaml.safe_load(yaml_text)  # SAFE unsafe-deserialization


@mcp.tool()
def load_config_safeloader(yaml_text: str) -> dict:
    """Parse YAML with the SafeLoader."""
    return yaml.load(yaml_text, Loader=yaml.SafeLoader)  # SAFE unsafe-deserialization


@mcp.tool()
def load_all_docs(yaml_text: str) -> list:
    """Parse a multi-document YAML stream."""
    return list(yaml.unsafe_load_all(yaml_text))  # FLAW unsafe-deserialization


@mcp.tool()
def restore_state(blob_b64: str) -> str:
    """Restore a previously exported state blob."""
    raw = base64.b64decode(blob_b64)
    state = pickle.loads(raw)  # FLAW unsafe-deserialization
    _state.update(state)
    return f"restored {len(state)} keys"


@mcp.tool()
def restore_state_json(blob: str) -> str:
    """Restore state from JSON."""
    state = json.loads(blob)  # SAFE unsafe-deserialization
    _state.update(state)
    return f"restored {len(state)} keys"


@mcp.tool()
def load_code_object(blob_b64: str) -> str:
    """Load a marshalled code object for inspection."""
    code = marshal.loads(base64.b64decode(blob_b64))  # FLAW unsafe-deserialization
    return code.co_name


@mcp.tool()
def parse_literal(value: str) -> str:
    """Parse a Python literal (list, dict, number, string)."""
    return repr(ast.literal_eval(value))  # SAFE tool-input-to-eval


@mcp.tool()
def set_value(key: str, expression: str) -> str:
    """Set a config value from a Python expression."""
    _state[key] = eval(expression)  # FLAW tool-input-to-eval
    return f"{key} = {_state[key]!r}"


@mcp.tool()
def apply_patch(code: str) -> str:
    """Run a Python snippet against the config state."""
    scope = {"state": _state}
    exec(code, scope)  # FLAW tool-input-to-eval
    return "applied"


@mcp.tool()
def check_rule(rule: str) -> bool:
    """Evaluate a rule expression against the config state."""
    compiled = compile(rule, "<rule>", "eval")  # FLAW tool-input-to-eval
    return bool(eval(compiled, {"state": _state}))


if __name__ == "__main__":
    mcp.run()
