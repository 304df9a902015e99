import base64
import json
import os
import pickle
import sys
from pathlib import Path

import boto3
from botocore.config import Config
from mcp.server.fastmcp import FastMCP

ENDPOINT = os.environ.get("S3_ENDPOINT", "https://s3.eu-central-003.backblazeb2.com")
# ruleid: hardcoded-secret
AWS_SECRET = "q8Zr1xT0v9Lw3Kp7Yd2Hs6Nf4Bm5Jc8Ge1Ua0Wi"
DOWNLOAD_DIR = Path(os.environ.get("S3_DOWNLOAD_DIR", "~/Downloads/s3")).expanduser().resolve()

s3 = boto3.client(
    "s3",
    endpoint_url=ENDPOINT,
    aws_access_key_id=os.environ.get("S3_KEY_ID", "003a1b2c3d4e5f60000000001"),
    aws_secret_access_key=AWS_SECRET,
    config=Config(retries={"max_attempts": 3}),
)

mcp = FastMCP("s3-storage")


@mcp.tool()
def list_objects(bucket: str, prefix: str = "", max_keys: int = 100) -> list[str]:
    """Keys in a bucket under a prefix."""
    resp = s3.list_objects_v2(Bucket=bucket, Prefix=prefix, MaxKeys=min(max_keys, 1000))
    return [obj["Key"] for obj in resp.get("Contents", [])]


@mcp.tool()
def download(bucket: str, key: str) -> str:
    """Download an object into the local download folder, keeping its key as the path."""
    target = os.path.join(DOWNLOAD_DIR, key)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    body = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
    # ruleid: tool-input-to-path
    with open(target, "wb") as fh:
        fh.write(body)
    return f"saved {len(body)} bytes to {target}"


@mcp.tool()
def upload(bucket: str, local_name: str, key: str | None = None) -> str:
    """Upload a file from the download folder."""
    source = (DOWNLOAD_DIR / local_name).resolve()
    if not source.is_relative_to(DOWNLOAD_DIR):
        raise ValueError("local_name must stay inside the download folder")
    # ok: tool-input-to-path
    data = source.read_bytes()
    s3.put_object(Bucket=bucket, Key=key or source.name, Body=data)
    return f"uploaded {source.name} ({len(data)} bytes)"


@mcp.tool()
def presign(bucket: str, key: str, expires_minutes: int = 15) -> str:
    """Pre-signed GET URL for an object."""
    return s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=min(expires_minutes, 60 * 24) * 60)


@mcp.tool()
# ruleid: weak-input-schema
def tag_object(bucket: str, key: str, tags: dict) -> str:
    """Replace the tag set of an object."""
    tag_set = [{"Key": str(k), "Value": str(v)} for k, v in tags.items()]
    s3.put_object_tagging(Bucket=bucket, Key=key, Tagging={"TagSet": tag_set})
    return f"{len(tag_set)} tags set"


@mcp.tool()
def restore_sync_state(state_blob: str) -> str:
    """Resume an interrupted bucket sync from the state blob an earlier call returned."""
    # ruleid: unsafe-deserialization
    state = pickle.loads(base64.b64decode(state_blob))
    # ruleid: stdout-in-stdio-server
    print(f"resuming sync of {state['bucket']} at {state['marker']}")
    return f"{len(state.get('pending', []))} objects still to sync"


@mcp.tool()
def sync_state_summary() -> str:
    """Summary of the last sync, from the local state file."""
    state_file = Path.home() / ".cache" / "s3-mcp" / "sync-state.json"
    if not state_file.exists():
        return "no sync has run yet"
    # ok: unsafe-deserialization
    state = json.loads(state_file.read_text(encoding="utf-8"))
    # ok: stdout-in-stdio-server
    print(f"loaded local state for {state['bucket']}", file=sys.stderr)
    return f"last sync: {state['bucket']} at {state['marker']}"


if __name__ == "__main__":
    mcp.run()
