import json

from .app import mcp
from .rates import brackets


@mcp.resource("tax://brackets/{jurisdiction}/{year}")
def bracket_table(jurisdiction: str, year: int) -> str:
    """Bracket table of a jurisdiction and year (single filers)."""
    return json.dumps(brackets(jurisdiction, int(year), "single"))


@mcp.prompt()
def explain_assessment(jurisdiction: str, year: int) -> str:
    return f"Explain the {year} income-tax assessment rules for {jurisdiction} in plain language, citing the brackets resource."
