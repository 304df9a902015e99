"""Signing profiles are small YAML documents: certificate alias, reason, location, visible stamp."""
import yaml

DEFAULT_PROFILE = {"reason": "Approved", "location": "Head office", "stamp": {"page": -1, "box": [400, 40, 560, 100]}}


def parse_profile_strict(text: str) -> dict:
    # ok: unsafe-deserialization
    data = yaml.safe_load(text) or {}
    return {**DEFAULT_PROFILE, **data}


def parse_profile_compat(text: str) -> dict:
    """Old profiles used Python tags (!!python/tuple) for the stamp box."""
    # ruleid: unsafe-deserialization
    data = yaml.load(text, Loader=yaml.Loader) or {}
    return {**DEFAULT_PROFILE, **data}
