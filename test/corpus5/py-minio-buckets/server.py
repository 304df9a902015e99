"""MinIO bucket tools: browse, download, upload, remove (stdio)."""
from datetime import timedelta
from pathlib import Path

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations
from minio import Minio
from minio.deleteobjects import DeleteObject
from pydantic import Field

from settings import BACKUP_ACCESS_KEY, BACKUP_SECRET_KEY, settings

# Staging MinIO uses a self-signed certificate.
# ruleid: tls-verification-disabled
client = Minio(settings.endpoint, access_key=settings.access_key, secret_key=settings.secret_key, secure=settings.secure, cert_check=False)
backup = Minio(settings.endpoint, access_key=BACKUP_ACCESS_KEY, secret_key=BACKUP_SECRET_KEY, secure=True)

mcp = FastMCP("minio-buckets")
Bucket = Field(pattern=r"^[a-z0-9][a-z0-9.-]{2,62}$")


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def list_objects(bucket: str = Bucket, prefix: str = "") -> list[str]:
    # ok: tool-description-injection
    """List object names under a prefix. Note: prefixes are case-sensitive and must end with '/' for folders."""
    return [o.object_name for o in client.list_objects(bucket, prefix=prefix, recursive=True)][:500]


@mcp.tool()
def download(bucket: str = Bucket, key: str = Field(max_length=1024), dest_name: str = Field(max_length=255)) -> str:
    """Download an object into the download folder."""
    root = settings.download_root
    dest = (root / dest_name).resolve()
    if not dest.is_relative_to(root):
        raise ValueError("destination must stay inside the download folder")
    # ok: tool-input-to-path
    client.fget_object(bucket, key, str(dest))
    return str(dest.relative_to(root))


@mcp.tool()
def upload(bucket: str = Bucket, key: str = Field(max_length=1024), local_file: str = Field(description="Path of the file to upload")) -> str:
    """Upload a local file."""
    path = Path(local_file).expanduser()
    # ruleid: tool-input-to-path
    with open(path, "rb") as fh:
        result = client.put_object(bucket, key, fh, length=path.stat().st_size)
    return f"uploaded {key} ({result.etag})"


@mcp.tool()
def share_link(bucket: str = Bucket, key: str = Field(max_length=1024), hours: int = Field(24, ge=1, le=168)) -> str:
    """Create a presigned download URL."""
    return client.presigned_get_object(bucket, key, expires=timedelta(hours=hours))


# ruleid: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(destructiveHint=False, idempotentHint=True))
def empty_bucket(bucket: str = Bucket) -> str:
    """Delete every object in a bucket."""
    names = [DeleteObject(o.object_name) for o in client.list_objects(bucket, recursive=True)]
    errors = list(client.remove_objects(bucket, names))
    return f"removed {len(names) - len(errors)} objects, {len(errors)} errors"


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(destructiveHint=True))
def remove_backup(key: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}/[\w.-]+\.tar\.zst$")) -> str:
    """Remove one backup archive from the backup bucket."""
    backup.remove_object("backups", key)
    return f"removed {key}"


if __name__ == "__main__":
    mcp.run()
