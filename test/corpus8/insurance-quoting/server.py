import os
from typing import Annotated, Literal

from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from pydantic import Field

from quoting import QuoteEngine
from partners import PartnerGateway
from storage import QuoteStore

auth = JWTVerifier(jwks_uri="https://id.insurer.example/.well-known/jwks.json", issuer="https://id.insurer.example", audience="quoting-mcp")
mcp = FastMCP("insurance-quoting", auth=auth)

engine = QuoteEngine(os.environ.get("MODEL_DIR", "/opt/quoting/models"))
partners = PartnerGateway()
store = QuoteStore(os.environ["QUOTES_DSN"])


@mcp.tool
def quote_motor(
    age: Annotated[int, Field(ge=17, le=99)],
    postcode: Annotated[str, Field(pattern=r"^[0-9]{5}$")],
    vehicle_group: Annotated[int, Field(ge=1, le=50)],
    product: Literal["third_party", "comprehensive"] = "comprehensive",
) -> dict:
    """Price a motor policy with the current rating model."""
    premium = engine.price("motor", {"age": age, "postcode": postcode, "group": vehicle_group, "product": product})
    quote_id = store.save("motor", postcode, premium)
    return {"quote_id": quote_id, "annual_premium": premium}


@mcp.tool
def load_rating_model(model_blob: str) -> str:
    """Hot-swap the rating model from an uploaded (base64) artefact."""
    return engine.load_uploaded(model_blob)


@mcp.tool
# ruleid: weak-input-schema
def partner_quote(partner: str, payload: dict) -> dict:
    """Ask a partner insurer for a co-insurance quote."""
    return partners.quote(partner, payload)


@mcp.tool
def quotes_by_broker(broker: str, status: str = "open") -> list[dict]:
    """Quotes created by a broker, filtered by status."""
    return store.by_broker(broker, status)


if __name__ == "__main__":
    # ok: http-transport-without-auth
    mcp.run(transport="http", host="127.0.0.1", port=9040)
