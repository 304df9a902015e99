import ast
import os
from typing import Annotated, Literal

import jwt
from mcp.server.fastmcp import FastMCP
from pydantic import Field

from profiles import parse_profile_compat, parse_profile_strict
from signer import check_structure, sign_with_openssl

APPROVAL_KEY = os.environ["APPROVAL_PUBLIC_KEY"]

mcp = FastMCP("pdf-signing")

PdfName = Annotated[str, Field(pattern=r"^[\w-]{1,80}\.pdf$")]


def _approval(token: str) -> dict:
    # ok: jwt-verification-disabled
    return jwt.decode(token, APPROVAL_KEY, algorithms=["RS256"], audience="pdf-signing")


def _approval_unchecked(token: str) -> dict:
    # ruleid: jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})


@mcp.tool()
async def sign(pdf: PdfName, cert_alias: str, approval_token: str, profile_yaml: str = "", stamp_box: str = "") -> str:
    """Sign a PDF from the inbox once an approver's token is presented. `stamp_box` overrides the stamp position, e.g. "[400, 40, 560, 100]"."""
    claims = _approval(approval_token)
    profile = parse_profile_strict(profile_yaml) if profile_yaml else {}
    if stamp_box:
        # ok: tool-input-to-eval
        box = ast.literal_eval(stamp_box)
        profile["stamp"] = {**profile.get("stamp", {}), "box": [float(v) for v in box]}
    result = await sign_with_openssl(pdf, cert_alias, pdf.replace(".pdf", ".p7s"))
    return f"{result} (approved by {claims['sub']}, reason: {profile.get('reason', 'n/a')})"


@mcp.tool()
async def sign_legacy(pdf: PdfName, approval_token: str, profile_yaml: str) -> str:
    """Sign with a legacy profile (old YAML format) — for the archive migration."""
    claims = _approval_unchecked(approval_token)
    profile = parse_profile_compat(profile_yaml)
    result = await sign_with_openssl(pdf, profile.get("cert", "legacy"), pdf.replace(".pdf", ".p7s"))
    return f"{result} (legacy approval {claims.get('sub')})"


@mcp.tool()
# ok: weak-input-schema
async def check_pdf(pdf: PdfName, mode: Literal["structure"] = "structure") -> str:
    """Check a PDF's structure with qpdf before signing it."""
    return await check_structure(pdf)


if __name__ == "__main__":
    mcp.run()
