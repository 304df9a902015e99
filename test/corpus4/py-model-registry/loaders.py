"""Model artifact loaders for the registry."""
from pathlib import Path

import joblib
import numpy as np
import torch
from safetensors.torch import load_file

ARTIFACTS = Path("/srv/models").resolve()


def load_checkpoint(path: str, trusted_format: bool):
    if trusted_format:
        # ok: unsafe-deserialization
        return torch.load(path, map_location="cpu", weights_only=True)
    # ruleid: unsafe-deserialization
    return torch.load(path, map_location="cpu", weights_only=False)


def load_sklearn(path: str):
    # ruleid: unsafe-deserialization
    return joblib.load(path)


def load_embeddings(path: str, legacy: bool = False):
    if legacy:
        # ruleid: unsafe-deserialization
        return np.load(path, allow_pickle=True)
    # ok: unsafe-deserialization
    return np.load(path)


def load_weights(path: str):
    # ok: unsafe-deserialization
    return load_file(path, device="cpu")
