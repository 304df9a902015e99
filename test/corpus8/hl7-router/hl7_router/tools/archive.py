import pickle
import json
import base64
import os

from ..app import mcp, ARCHIVE
from ..util import inside


def _archive_path(name):
    return os.path.join(ARCHIVE, name)


@mcp.tool()
def read_archived(name: str) -> str:
    """Return an archived message by file name."""
    # ruleid: tool-input-to-path
    with open(_archive_path(name), encoding="latin-1") as fh:
        return fh.read()


@mcp.tool()
def restore_batch(blob: str) -> str:
    """Restore an exported routing batch (base64 of the batch export)."""
    # ruleid: unsafe-deserialization
    batch = pickle.loads(base64.b64decode(blob))
    return f"{len(batch)} messages restored"


@mcp.tool()
def restore_batch_json(blob: str) -> str:
    """Restore a routing batch exported as JSON."""
    # ok: unsafe-deserialization
    batch = json.loads(base64.b64decode(blob))
    return f"{len(batch)} messages restored"


@mcp.tool()
def archive_stats(folder: str) -> dict:
    """Count archived messages in a dated folder (YYYY/MM)."""
    target = inside(ARCHIVE, folder)
    # ok: tool-input-to-path
    names = os.listdir(target)
    return {"folder": folder, "messages": len(names)}
