import io
import os
from ftplib import FTP_TLS
from pathlib import Path

LOCAL_ROOT = Path(os.environ.get("MIRROR_ROOT", "/srv/mirror")).resolve()


def connect() -> FTP_TLS:
    ftp = FTP_TLS(os.environ.get("FTP_HOST", "ftp.supplier.example.com"), timeout=30)
    # ok: hardcoded-secret
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASSWORD"])
    ftp.prot_p()
    return ftp


def fetch(remote_path: str) -> bytes:
    buf = io.BytesIO()
    with connect() as ftp:
        ftp.retrbinary(f"RETR {remote_path}", buf.write)
    return buf.getvalue()


def save_unchecked(name: str, data: bytes) -> Path:
    target = LOCAL_ROOT / "incoming" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    # ruleid: tool-input-to-path
    target.write_bytes(data)
    return target


def save_checked(name: str, data: bytes) -> Path:
    target = (LOCAL_ROOT / "incoming" / name).resolve()
    if not target.is_relative_to(LOCAL_ROOT / "incoming"):
        raise ValueError("file name escapes the mirror folder")
    target.parent.mkdir(parents=True, exist_ok=True)
    # ok: tool-input-to-path
    target.write_bytes(data)
    return target
