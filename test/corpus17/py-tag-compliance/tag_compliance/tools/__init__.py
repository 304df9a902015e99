from . import reports, tags  # noqa: F401
