from . import python_audit, reports  # noqa: F401
