from . import analysers, samples  # noqa: F401
