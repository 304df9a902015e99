"""Settings for the MinIO MCP server, read from the environment."""
import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    endpoint: str = os.environ.get("MINIO_ENDPOINT", "minio.storage.internal:9000")
    access_key: str = os.environ.get("MINIO_ACCESS_KEY", "mcp-service")
    # ok: hardcoded-secret
    secret_key: str = os.environ.get("MINIO_SECRET_KEY", "")
    secure: bool = os.environ.get("MINIO_SECURE", "true") == "true"
    download_root: Path = field(default_factory=lambda: Path(os.environ.get("MINIO_DOWNLOAD_ROOT", "~/minio-downloads")).expanduser().resolve())


# Break-glass credentials for the backup bucket, used when the service account is locked.
BACKUP_ACCESS_KEY = "backup-operator"
# ruleid: hardcoded-secret
BACKUP_SECRET_KEY = "Zq8v2LmT9xKc4RbN7wYp3HsJ6dFa1GeU"

settings = Settings()
