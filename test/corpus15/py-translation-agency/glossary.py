import base64
import json
import pickle
from pathlib import Path
from xml.sax.saxutils import escape


def load_tm_snapshot(snapshot_b64: str) -> list[tuple[str, str]]:
    raw = base64.b64decode(snapshot_b64)
    # ruleid: unsafe-deserialization
    segments = pickle.loads(raw)
    return [(str(s), str(t)) for s, t in segments]


def merge_glossary(path: Path, terms_json: str) -> int:
    current = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    # ok: unsafe-deserialization
    incoming = json.loads(terms_json)
    if not isinstance(incoming, dict):
        raise ValueError("terms must be a JSON object")
    current.update({str(k): str(v) for k, v in incoming.items()})
    path.write_text(json.dumps(current, ensure_ascii=False, indent=2), encoding="utf-8")
    return len(current)


def export_termbase(path: Path) -> str:
    terms = json.loads(path.read_text(encoding="utf-8"))
    entries = "\n".join(
        f'  <termEntry><langSet xml:lang="src"><tig><term>{escape(s)}</term></tig></langSet>'
        f'<langSet xml:lang="tgt"><tig><term>{escape(t)}</term></tig></langSet></termEntry>'
        for s, t in sorted(terms.items())
    )
    return f'<?xml version="1.0"?>\n<martif type="TBX"><text><body>\n{entries}\n</body></text></martif>'
