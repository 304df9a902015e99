import base64
import io

import pandas as pd
import yaml


def load_codebook(text: str) -> dict:
    # ok: unsafe-deserialization
    return yaml.load(text, Loader=yaml.SafeLoader) or {}


def load_responses_pickle(blob_b64: str) -> pd.DataFrame:
    """Responses exported from the analysts' notebooks with DataFrame.to_pickle()."""
    # ruleid: unsafe-deserialization
    return pd.read_pickle(io.BytesIO(base64.b64decode(blob_b64)))


def load_responses_csv(text: str) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text))
