import json
from typing import Annotated, Literal

from fastmcp import FastMCP
from pydantic import Field

from service import DetectorService

mcp = FastMCP("anomaly-jobs")
service = DetectorService()


@mcp.tool
# ok: weak-input-schema
async def detect(metric_id: Annotated[int, Field(ge=1)], formula: Literal["zscore", "ratio", "delta"] = "zscore", hours: Annotated[int, Field(ge=1, le=720)] = 24, threshold: float = 3.0) -> list[int]:
    """Indexes of the points of a metric whose anomaly score exceeds a threshold."""
    values = await service.series(metric_id, hours)
    return [i for i, s in enumerate(service.score(values, formula)) if s > threshold]


@mcp.tool
async def detect_external(source_url: str, formula: Literal["zscore", "ratio", "delta"] = "zscore", threshold: float = 3.0) -> list[int]:
    """Same as detect, for a series served by another metrics endpoint."""
    values = await service.series_from(source_url)
    return [i for i, s in enumerate(service.score(values, formula)) if s > threshold]


@mcp.tool
def detect_in_values(values_json: str, formula: Literal["zscore", "ratio", "delta"] = "zscore", threshold: float = 3.0) -> list[int]:
    """Anomalies in a series given directly as a JSON array of numbers."""
    # ok: unsafe-deserialization
    values = [float(v) for v in json.loads(values_json)]
    return [i for i, s in enumerate(service.score(values, formula)) if s > threshold]


@mcp.tool
async def detect_with_model(metric_id: int, detector_b64: str, hours: int = 24) -> list[int]:
    """Run a custom detector callable (serialised with dill) over a metric."""
    values = await service.series(metric_id, hours)
    flags = service.custom_detector(detector_b64, values)
    return [i for i, f in enumerate(flags) if f]


if __name__ == "__main__":
    mcp.run()
