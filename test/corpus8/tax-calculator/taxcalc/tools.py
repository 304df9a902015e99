from decimal import Decimal

from .app import mcp
from .engine import progressive, apply_formula_safe, apply_formula_fast
from .models import Income, CustomRule
from .rates import search_notes


@mcp.tool
# ok: weak-input-schema
def income_tax(income: Income) -> dict:
    """Progressive income tax for one year and jurisdiction."""
    taxable = max(Decimal(0), income.gross - income.deductions)
    tax = progressive(taxable, income.jurisdiction, income.year, income.filing)
    return {"taxable": str(taxable), "tax": str(tax), "effective": str((tax / income.gross).quantize(Decimal("0.0001")) if income.gross else 0)}


@mcp.tool
def custom_rule(income: Income, rule: CustomRule, fast: bool = False) -> str:
    """Apply a custom surcharge formula on top of the computed tax."""
    env = {"gross": income.gross, "deductions": income.deductions, "rate": Decimal("0.055")}
    value = apply_formula_fast(rule.formula, env) if fast else apply_formula_safe(rule.formula, env)
    return f"{rule.name}: {value}"


@mcp.tool
def rate_notes(jurisdiction: str, text: str) -> list:
    """Search legislative notes attached to the rate tables."""
    return [list(r) for r in search_notes(jurisdiction, text)]
