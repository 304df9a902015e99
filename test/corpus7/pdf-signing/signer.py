import asyncio
import os
from pathlib import Path

DOCS = Path(os.environ.get("SIGNING_INBOX", "/srv/signing/inbox")).resolve()
CERT_DIR = Path("/etc/pdf-signing/certs")


async def sign_with_openssl(pdf_name: str, cert_alias: str, out_name: str) -> str:
    cmd = f"openssl cms -sign -binary -in {DOCS / pdf_name} -signer {CERT_DIR / cert_alias}.pem -outform DER -out {DOCS / out_name}"
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await proc.communicate()
    return err.decode() or "signed"


async def check_structure(pdf_name: str) -> str:
    pdf = (DOCS / pdf_name).resolve()
    if not pdf.is_relative_to(DOCS):
        raise ValueError("document must be in the signing inbox")
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec("qpdf", "--check", str(pdf), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode()
