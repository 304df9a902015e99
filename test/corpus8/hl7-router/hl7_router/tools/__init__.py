from . import messages, archive, routes  # noqa: F401
