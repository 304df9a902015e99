import os

import jwt
import uvicorn
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Mount

from worklist import Worklist, load_dose_matrix, load_dose_matrix_strict, load_protocol

mcp = FastMCP("dicom-worklist")
# ruleid: dns-rebinding-unprotected
mcp.settings.transport_security = TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["*"], allowed_origins=["*"])

wl = Worklist(os.environ.get("WORKLIST_DB", "/var/lib/worklist/mwl.db"))
SIGNING_KEY = os.environ["WORKLIST_JWT_KEY"]


@mcp.tool()
def scheduled(modality: str, station_ae: str) -> list[dict]:
    """Scheduled procedure steps for a modality and station AE title."""
    return wl.scheduled(modality, station_ae)


@mcp.tool()
def dose_summary(matrix_b64: str) -> dict:
    """Summarise a dose matrix exported by the planning system (base64 .npy)."""
    return load_dose_matrix(matrix_b64)


@mcp.tool()
def dose_summary_strict(matrix_b64: str) -> dict:
    """Like dose_summary, but only for plain numeric .npy arrays."""
    return load_dose_matrix_strict(matrix_b64)


@mcp.tool()
def protocol_from_export(text: str) -> dict:
    """Parse an exported acquisition protocol (JSON)."""
    return load_protocol(text)


class JwtGate(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        try:
            # ruleid: jwt-verification-disabled
            claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"verify_signature": False})
        except jwt.PyJWTError:
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        request.state.user = claims.get("sub")
        return await call_next(request)


app = Starlette(
    routes=[Mount("/", app=mcp.sse_app())],
    middleware=[
        Middleware(JwtGate),
        # ruleid: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_headers=["*"]),
    ],
)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8104)
