import os

MEDIA_ROOT = os.path.realpath(os.environ.get("TRAP_MEDIA_ROOT", "/srv/camtraps/media"))


def safe_join(*parts: str) -> str:
    """Join under MEDIA_ROOT, resolving symlinks and '..', and refuse escapes."""
    candidate = os.path.realpath(os.path.join(MEDIA_ROOT, *parts))
    if os.path.commonpath([candidate, MEDIA_ROOT]) != MEDIA_ROOT:
        raise PermissionError("outside the media root")
    return candidate


def unchecked_join(*parts: str) -> str:
    return os.path.join(MEDIA_ROOT, *parts)
