SIZING = {
    "XS": "round((chest + ease) * gauge / 10)",
    "S": "round((chest + ease) * gauge / 10)",
    "M": "round((chest + ease) * gauge / 10) + 2",
    "L": "round((chest + ease) * gauge / 10) + 4",
    "XL": "round((chest + ease) * gauge / 10) + 6",
}

DEFAULT_GAUGE = 22.0


def grade_size(size: str, chest_cm: float, ease_cm: float) -> dict:
    formula = SIZING[size]
    env = {"chest": float(chest_cm), "ease": float(ease_cm), "gauge": DEFAULT_GAUGE}
    # ok: tool-input-to-eval
    body = eval(formula, {"__builtins__": {"round": round}}, env)
    return {"size": size, "body_stitches": body, "cast_on": int(body * 0.9)}


def shaping_counts(start: int, rows: int, rule: str) -> list[int]:
    counts, st = [], int(start)
    for row in range(1, min(int(rows), 500) + 1):
        # ruleid: tool-input-to-eval
        st = int(eval(rule, {"__builtins__": {}}, {"st": st, "row": row}))
        counts.append(st)
    return counts
