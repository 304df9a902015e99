import ast
import json
import os
import random
import secrets
import string
from decimal import Decimal
from typing import Annotated, Any

import jsonpickle
from mcp.server.fastmcp import FastMCP
from pydantic import Field
from sqlalchemy import create_engine, text

engine = create_engine(os.environ.get("CATALOG_DB_URL", "postgresql+psycopg://shop@localhost/shop"), pool_pre_ping=True)
mcp = FastMCP("ecommerce-catalog")

Sku = Annotated[str, Field(pattern=r"^[A-Z]{3}-\d{5}$", description="stock keeping unit, e.g. TEE-00412")]


# ok: weak-input-schema
def get_product(sku: Sku) -> dict:
    """Product details by SKU."""
    with engine.connect() as conn:
        # ok: tool-input-to-sql
        row = conn.execute(text("SELECT sku, name, price, stock, category FROM products WHERE sku = :sku"), {"sku": sku}).mappings().first()
    return dict(row) if row else {"error": f"no product {sku}"}


def products_in_category(category: str, sort: str = "name") -> list[dict]:
    """Products of a category, sorted by a column."""
    with engine.connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(text(f"SELECT sku, name, price FROM products WHERE category = '{category}' ORDER BY {sort}")).mappings().all()
    return [dict(r) for r in rows]


# ruleid: weak-input-schema
def update_product(sku: Sku, fields: dict[str, Any]) -> str:
    """Updates arbitrary columns of a product."""
    assignments = ", ".join(f"{col} = :{col}" for col in fields)
    with engine.begin() as conn:
        # ruleid: tool-input-to-sql
        conn.execute(text(f"UPDATE products SET {assignments} WHERE sku = :sku"), {**fields, "sku": sku})
    return f"updated {', '.join(fields)} on {sku}"


def price_with_rule(sku: Sku, rule: str) -> str:
    """Applies a pricing rule such as `price * 0.9 if stock > 100 else price` to a product."""
    product = get_product(sku)
    env = {"price": Decimal(str(product["price"])), "stock": product["stock"]}
    # ruleid: tool-input-to-eval
    new_price = eval(rule, {}, env)
    return f"{sku}: {product['price']} -> {new_price}"


def bulk_prices(pairs_literal: str) -> str:
    """Sets prices from a literal list of (sku, price) pairs, e.g. [("TEE-00412", 19.9)]."""
    # ok: tool-input-to-eval
    pairs = ast.literal_eval(pairs_literal)
    with engine.begin() as conn:
        for sku, price in pairs:
            conn.execute(text("UPDATE products SET price = :p WHERE sku = :s"), {"p": price, "s": sku})
    return f"{len(pairs)} prices updated"


def import_cart(snapshot: str) -> dict:
    """Restores a saved cart from the storefront's snapshot string."""
    # ruleid: unsafe-deserialization
    cart = jsonpickle.decode(snapshot)
    return {"items": len(cart.items), "total": str(cart.total())}


def import_cart_json(snapshot: str) -> dict:
    """Restores a saved cart from its JSON export."""
    # ok: unsafe-deserialization
    cart = json.loads(snapshot)
    return {"items": len(cart.get("items", [])), "currency": cart.get("currency", "EUR")}


def coupon(percent_off: Annotated[int, Field(ge=5, le=50)]) -> str:
    """Creates a single-use discount coupon."""
    # ruleid: insecure-randomness
    code = "".join(random.choices(string.ascii_uppercase + string.digits, k=10))
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO coupons (code, percent_off, single_use) VALUES (:c, :p, true)"), {"c": code, "p": percent_off})
    return code


def gift_card(amount: Annotated[int, Field(ge=10, le=500)]) -> str:
    """Issues a gift card code."""
    # ok: insecure-randomness
    code = secrets.token_hex(8).upper()
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO gift_cards (code, balance) VALUES (:c, :a)"), {"c": code, "a": amount})
    return code


def featured() -> list[dict]:
    """A random pick of featured products for the front page."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT sku, name FROM products WHERE stock > 0")).mappings().all()
    # ok: insecure-randomness
    return [dict(r) for r in random.sample(list(rows), k=min(6, len(rows)))]


for fn in (get_product, products_in_category, update_product, price_with_rule, bulk_prices, import_cart, import_cart_json, coupon, gift_card, featured):
    mcp.add_tool(fn)

if __name__ == "__main__":
    mcp.run()
