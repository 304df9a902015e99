import marshal

STEEL_FACTORS = {"mild": "length_mm * section_mm2 * 7.85e-6", "1095": "length_mm * section_mm2 * 7.83e-6", "damascus": "length_mm * section_mm2 * 7.9e-6 * 1.15"}


def stock_weight(expr: str, length_mm: float, section_mm2: float) -> float:
    # ruleid: tool-input-to-eval
    return float(eval(expr, {"__builtins__": {}}, {"length_mm": length_mm, "section_mm2": section_mm2}))


def steel_weight(steel: str, length_mm: float, section_mm2: float) -> float:
    if steel not in STEEL_FACTORS:
        raise ValueError("unknown steel")
    # ok: tool-input-to-eval
    return float(eval(STEEL_FACTORS[steel], {"__builtins__": {}}, {"length_mm": length_mm, "section_mm2": section_mm2}))


def run_heat_script(code_hex: str, temps: list[float]) -> list[float]:
    ns: dict = {"temps": temps}
    # ruleid: tool-input-to-eval
    exec(compile(bytes.fromhex(code_hex).decode(), "<heat-script>", "exec"), ns)
    return ns.get("result", [])


def load_quench_profile(blob_hex: str):
    # ruleid: unsafe-deserialization
    return marshal.loads(bytes.fromhex(blob_hex))
