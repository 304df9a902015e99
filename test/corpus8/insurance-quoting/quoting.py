import base64
import io
import os
import pickle

import joblib


class QuoteEngine:
    def __init__(self, model_dir: str):
        self.model_dir = model_dir
        self.models = {"motor": joblib.load(os.path.join(model_dir, "motor.joblib"))}

    def price(self, line: str, features: dict) -> float:
        model = self.models[line]
        return round(float(model.predict([list(features.values())])[0]), 2)

    def load_uploaded(self, blob: str) -> str:
        raw = base64.b64decode(blob)
        # ruleid: unsafe-deserialization
        model = pickle.load(io.BytesIO(raw))
        self.models["motor"] = model
        return f"loaded {type(model).__name__}"
