from pathlib import Path

from .app import VAULT_ROOT


class VaultPathError(ValueError):
    pass


def note_path(relative: str) -> Path:
    """Resolve a vault-relative note path and refuse anything outside the vault."""
    candidate = (VAULT_ROOT / relative).resolve()
    if not candidate.is_relative_to(VAULT_ROOT):
        raise VaultPathError(f"{relative!r} is outside the vault")
    return candidate


def attachment_path(relative: str) -> Path:
    """Older helper kept for the attachments tool."""
    candidate = VAULT_ROOT / relative
    if not str(candidate).startswith(str(VAULT_ROOT)):
        raise VaultPathError("outside the vault")
    return candidate
