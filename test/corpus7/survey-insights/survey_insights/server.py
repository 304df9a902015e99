import os

from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from starlette.middleware.cors import CORSMiddleware

from .formula import compile_score, parse_weights
from .imports import load_codebook, load_responses_csv, load_responses_pickle


class IntrospectionVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        from .introspect import introspect

        data = await introspect(token)
        if not data.get("active"):
            return None
        return AccessToken(token=token, client_id=data["client_id"], scopes=data.get("scope", "").split(), expires_at=data.get("exp"))


mcp = FastMCP(
    "survey-insights",
    token_verifier=IntrospectionVerifier(),
    auth=AuthSettings(issuer_url="https://auth.example.com", resource_server_url="https://surveys.example.com/mcp", required_scopes=["surveys:read"]),
)


@mcp.tool()
def score_responses(csv_text: str, formula: str, codebook_yaml: str = "") -> dict:
    """Compute a score per respondent from a CSV export and a formula over question columns."""
    df = load_responses_csv(csv_text)
    codebook = load_codebook(codebook_yaml) if codebook_yaml else {}
    score = compile_score(formula, set(df.columns))
    scores = [score(row) for row in df.to_dict("records")]
    return {"n": len(scores), "mean": sum(scores) / len(scores) if scores else None, "labels": codebook.get("labels", {})}


@mcp.tool()
def weighted_mean(csv_text: str, weights: str) -> float:
    """Weighted mean of question columns; weights like {'q1': 2, 'q2': 1}."""
    df = load_responses_csv(csv_text)
    w = parse_weights(weights)
    return float(sum(df[c].mean() * v for c, v in w.items()) / sum(w.values()))


@mcp.tool()
def import_notebook_export(blob_b64: str) -> dict:
    """Summarise a responses DataFrame exported from a notebook."""
    df = load_responses_pickle(blob_b64)
    return {"rows": len(df), "columns": list(df.columns)}


# ok: http-transport-without-auth
app = mcp.streamable_http_app()
# ok: cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["https://surveys.example.com"], allow_credentials=True, allow_methods=["POST", "GET"], expose_headers=["mcp-session-id"])

if __name__ == "__main__":
    import uvicorn

    uvicorn.run(app, host=os.environ.get("HOST", "127.0.0.1"), port=8400)
