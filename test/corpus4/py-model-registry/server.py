"""Model registry MCP server: inspect artifacts, compare metrics (Streamable HTTP)."""
import ast
import json
import logging
import os
import re
from typing import Literal

import jwt
from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import AnyHttpUrl, BaseModel, Field
from simpleeval import simple_eval

from loaders import ARTIFACTS, load_checkpoint, load_embeddings, load_sklearn, load_weights

log = logging.getLogger("model-registry")
METRICS_FILE = ARTIFACTS / "metrics.json"


class GatewayVerifier(TokenVerifier):
    """Tokens are checked by the API gateway in front of us; we only read the claims."""

    async def verify_token(self, token: str) -> AccessToken | None:
        # ruleid: jwt-verification-disabled
        claims = jwt.decode(token, options={"verify_signature": False, "verify_exp": True})
        return AccessToken(token=token, client_id=claims["sub"], scopes=claims.get("scope", "").split(), expires_at=claims.get("exp"))


mcp = FastMCP(
    "model-registry",
    host="127.0.0.1",
    port=8500,
    token_verifier=GatewayVerifier(),
    auth=AuthSettings(issuer_url=AnyHttpUrl("https://gateway.example.com"), resource_server_url=AnyHttpUrl("http://127.0.0.1:8500"), required_scopes=["models"]),
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)


def _metrics() -> dict[str, dict[str, float]]:
    return json.loads(METRICS_FILE.read_text())


class CompareRequest(BaseModel):
    models: list[str] = Field(min_length=2, max_length=5)
    metric: Literal["accuracy", "f1", "auc", "latency_ms"]


@mcp.tool()
def inspect_checkpoint(path: str, safe_mode: bool = True) -> str:
    """Layer names and shapes of a PyTorch checkpoint."""
    state = load_checkpoint(path, safe_mode)
    return "\n".join(f"{k}: {tuple(v.shape)}" for k, v in state.items() if hasattr(v, "shape"))


@mcp.tool()
def sklearn_params(path: str) -> dict:
    """Hyper-parameters of a scikit-learn model file."""
    return load_sklearn(path).get_params()


@mcp.tool()
def embedding_shape(path: str, legacy: bool = False) -> list[int]:
    """Shape of an embeddings .npy file."""
    return list(load_embeddings(path, legacy).shape)


@mcp.tool()
def safetensor_keys(name: str = Field(pattern=r"^[\w-]+\.safetensors$")) -> list[str]:
    """Tensor names in a .safetensors file of the registry."""
    return sorted(load_weights(str(ARTIFACTS / name)).keys())


@mcp.tool()
# ok: weak-input-schema
def compare(req: CompareRequest) -> dict[str, float]:
    """Compare one metric across models."""
    m = _metrics()
    return {name: m[name][req.metric] for name in req.models if name in m}


@mcp.tool()
def score(model: str, formula: str = Field(max_length=200)) -> float:
    """Combine a model's metrics with a formula such as 0.7*f1 + 0.3*auc - latency_ms/1000."""
    # ok: tool-input-to-eval
    return simple_eval(formula, names=_metrics()[model])


@mcp.tool()
def threshold_sweep(model: str, thresholds: str = "[0.3, 0.5, 0.7]") -> list[float]:
    """Thresholds to evaluate, as a Python list literal."""
    # ok: tool-input-to-eval
    values = ast.literal_eval(thresholds)
    return [float(v) for v in values][:20]


ARITH = re.compile(r"^[\d\s.+\-*/()]+$")


@mcp.tool()
def scale_latency(model: str, factor: str) -> float:
    """Scale the latency metric by an arithmetic factor, e.g. (1000/60)*1.5."""
    if not ARITH.fullmatch(factor):
        raise ValueError("factor must be arithmetic")
    # ok: tool-input-to-eval
    return _metrics()[model]["latency_ms"] * eval(factor, {"__builtins__": {}}, {})


RULES = {
    "above_baseline": "x > 0.8",
    "fast_enough": "x < 250",
    "in_band": "0.4 <= x <= 0.6",
}


@mcp.tool()
def check_rule(model: str, metric: str, rule: Literal["above_baseline", "fast_enough", "in_band"]) -> bool:
    """Check a metric against one of the predefined acceptance rules."""
    # ok: tool-input-to-eval
    return bool(eval(RULES[rule], {"__builtins__": {}}, {"x": _metrics()[model][metric]}))


@mcp.tool()
def transform_metric(model: str, metric: str, transform: str) -> float:
    """Apply a transform to a metric, written as a Python expression in x, e.g. 1 - x."""
    # ruleid: tool-input-to-eval
    fn = eval(f"lambda x: {transform}")
    return fn(_metrics()[model][metric])


if __name__ == "__main__":
    mcp.run(transport="streamable-http")
