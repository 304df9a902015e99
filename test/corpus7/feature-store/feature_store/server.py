import base64
import os
import pickle
from datetime import datetime
from typing import Annotated, Literal

from fastmcp import FastMCP
from pydantic import BaseModel, Field

from .decorators import log_calls
from .store import entity_history, feature_stats, online_features

mcp = FastMCP("feature-store")

ViewName = Literal["user_activity", "merchant_risk", "device"]


class FeatureRequest(BaseModel):
    view: ViewName
    entity_id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$")
    features: list[Annotated[str, Field(pattern=r"^[a-z_][a-z0-9_]{0,62}$")]] = Field(default_factory=list, max_length=50)


@mcp.tool
@log_calls
# ok: weak-input-schema
def get_online_features(request: FeatureRequest) -> list[dict]:
    """Read the current feature values of one entity."""
    rows = online_features(request.view, request.entity_id, request.features)
    return [dict(r._asdict()) for r in rows]


@mcp.tool
@log_calls
def get_history(view: str, entity_id: str, since: datetime) -> list[dict]:
    """Feature history of an entity since a timestamp."""
    return [dict(r._asdict()) for r in entity_history(view, entity_id, since.isoformat())]


@mcp.tool
def view_stats(view: ViewName) -> dict:
    """Row count of a feature view."""
    return {"view": view, "rows": feature_stats(view).count}


@mcp.tool
@log_calls
def score_with_transformer(transformer_b64: str, values: list[float]) -> list[float]:
    """Apply a fitted scikit-learn transformer (pickled, base64) to a feature vector."""
    # ruleid: unsafe-deserialization
    transformer = pickle.loads(base64.b64decode(transformer_b64))
    return [float(x) for x in transformer.transform([values])[0]]


if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    host = os.environ.get("FEATURE_STORE_HOST", "0.0.0.0")
    # ruleid: http-transport-without-auth
    mcp.run(transport="http", host=host, port=int(os.environ.get("PORT", "8000")))
