import base64
import ssl
import statistics
from dataclasses import dataclass, field

import aiohttp
import dill

METRICS_API = "https://metrics-gateway.internal.example.com"

# Built-in scoring formulas; the tool picks one by name.
FORMULAS = {
    "zscore": "abs(x - mean) / stdev if stdev else 0.0",
    "ratio": "x / mean if mean else 0.0",
    "delta": "abs(x - mean)",
}


@dataclass
class DetectorService:
    ssl_context: ssl.SSLContext = field(default_factory=ssl.create_default_context)

    async def series(self, metric_id: int, hours: int) -> list[float]:
        async with aiohttp.ClientSession() as session:
            # ok: tool-input-to-url
            async with session.get(f"{METRICS_API}/v1/series/{int(metric_id)}", params={"hours": hours}, ssl=self.ssl_context) as resp:
                resp.raise_for_status()
                return [float(p["value"]) for p in (await resp.json())["points"]]

    async def series_from(self, source_url: str) -> list[float]:
        async with aiohttp.ClientSession() as session:
            # ruleid: tool-input-to-url
            async with session.get(source_url, ssl=self.ssl_context) as resp:
                return [float(p["value"]) for p in (await resp.json())["points"]]

    def score(self, values: list[float], formula: str) -> list[float]:
        expr = FORMULAS[formula]
        mean, stdev = statistics.fmean(values), statistics.pstdev(values)
        # ok: tool-input-to-eval
        return [eval(expr, {"__builtins__": {}, "abs": abs}, {"x": x, "mean": mean, "stdev": stdev}) for x in values]

    def custom_detector(self, pickled: str, values: list[float]) -> list[bool]:
        # ruleid: unsafe-deserialization
        detector = dill.loads(base64.b64decode(pickled))
        return [bool(detector(v)) for v in values]
