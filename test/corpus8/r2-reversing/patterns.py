import mmap


def match_bytes(path: str, needle: bytes, limit: int = 100) -> list[int]:
    hits = []
    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        pos = mm.find(needle)
        while pos != -1 and len(hits) < limit:
            hits.append(pos)
            pos = mm.find(needle, pos + 1)
    return hits


def eval_condition(condition: str, facts: dict) -> bool:
    # ruleid: tool-input-to-eval
    return bool(eval(condition, {"__builtins__": {}}, dict(facts)))
