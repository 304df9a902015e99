import base64
import io
import json
import sqlite3

import numpy as np


class Worklist:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path, check_same_thread=False)

    def scheduled(self, modality: str, station_ae: str) -> list[dict]:
        cur = self.conn.execute(
            "SELECT accession, patient_id, procedure, start FROM sps WHERE modality = ? AND station_ae = ? AND status = 'SCHEDULED' ORDER BY start",
            (modality.upper(), station_ae),
        )
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


def load_dose_matrix(matrix_b64: str) -> dict:
    buf = io.BytesIO(base64.b64decode(matrix_b64))
    # ruleid: unsafe-deserialization
    matrix = np.load(buf, allow_pickle=True)
    return {"shape": list(matrix.shape), "max_gy": float(matrix.max()), "mean_gy": float(matrix.mean())}


def load_dose_matrix_strict(matrix_b64: str) -> dict:
    buf = io.BytesIO(base64.b64decode(matrix_b64))
    # ok: unsafe-deserialization
    matrix = np.load(buf, allow_pickle=False)
    return {"shape": list(matrix.shape), "max_gy": float(matrix.max())}


def load_protocol(text: str) -> dict:
    # ok: unsafe-deserialization
    data = json.loads(text)
    return {"name": data.get("ProtocolName"), "series": len(data.get("Series", []))}
