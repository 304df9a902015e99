"""Photo gallery: FastAPI app with the gallery MCP server mounted at /mcp."""
import os
import random
import string

import jwt
import uvicorn
from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from mcp.server.fastmcp import FastMCP
from pydantic import Field

import images

# ok: hardcoded-secret
SESSION_SECRET = os.environ.get("GALLERY_SESSION_SECRET", "change-me")
JWT_KEY = open(os.environ.get("GALLERY_JWT_PUBLIC_KEY", "/etc/gallery/jwt.pub")).read()
SHARES: dict[str, str] = {}

mcp = FastMCP("image-gallery", stateless_http=True, streamable_http_path="/")


@mcp.tool()
def make_thumbnail(name: str, size: int = Field(256, ge=32, le=1024)) -> str:
    # ok: tool-description-injection
    """Create a thumbnail next to an image. You must pass the file name exactly as listed by the gallery."""
    return images.thumbnail(name, size).name


@mcp.tool()
def blur_image(name: str, out: str, radius: float = Field(2.0, ge=0.1, le=50)) -> str:
    """Blur an image and save the result in the edited folder."""
    return images.blur(name, radius, out).name


@mcp.tool()
def share_link(name: str) -> str:
    """Create a public share link for an image."""
    images.gallery_path(name)
    # ruleid: insecure-randomness
    slug = "".join(random.choices(string.ascii_lowercase + string.digits, k=10))
    SHARES[slug] = name
    return f"https://gallery.example.com/s/{slug}"


def current_user(authorization: str = Header(...)) -> str:
    token = authorization.removeprefix("Bearer ")
    try:
        # ruleid: jwt-verification-disabled
        claims = jwt.PyJWT().decode(token, JWT_KEY, algorithms=["RS256"], options={"verify_signature": False})
    except jwt.PyJWTError:
        raise HTTPException(status_code=401)
    return claims["sub"]


public_api = FastAPI()
public_api.add_middleware(
    CORSMiddleware,
    # ruleid: cors-wildcard-credentials
    allow_origin_regex=r"https://.*", allow_credentials=True,
)


@public_api.get("/shares/{slug}")
def resolve_share(slug: str):
    return {"image": SHARES.get(slug)}


app = FastAPI(dependencies=[Depends(current_user)], lifespan=lambda _app: mcp.session_manager.run())
app.add_middleware(
    CORSMiddleware,
    # ok: cors-wildcard-credentials
    allow_origins=["https://gallery.example.com", "https://admin.gallery.example.com"], allow_credentials=True,
)
app.mount("/public", public_api)
# ruleid: http-transport-without-auth
app.mount("/mcp", mcp.streamable_http_app())

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8900)
