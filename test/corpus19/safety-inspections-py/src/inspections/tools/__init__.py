from . import checklists, photos  # noqa: F401

__all__ = ["checklists", "photos"]
