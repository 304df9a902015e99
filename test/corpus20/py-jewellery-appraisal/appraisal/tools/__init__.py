from . import gems, certificates, valuations  # noqa: F401

__all__ = ["gems", "certificates", "valuations"]
