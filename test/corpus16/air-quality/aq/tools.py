import logging
from typing import Annotated, Any

from pydantic import Field

from . import repository
from .app import mcp
from .decorators import log_calls
from .models import CalibrationUpload, HistoryQuery, Pollutant

log = logging.getLogger("aq")

AQI_BANDS = [(0, 11, "Low"), (12, 53, "Moderate"), (54, 70, "High"), (71, 10_000, "Very high")]


@mcp.tool()
@log_calls
# ok: weak-input-schema
def station_history(query: HistoryQuery) -> list[tuple]:
    """Measured values for one station and pollutant between two dates."""
    return repository.history(query.station_code, query.pollutant, query.start, query.end)


@mcp.tool()
@log_calls
def latest_values(stations: list[str], pollutant: Pollutant = "pm25") -> list[tuple]:
    """Latest value of a pollutant at several stations."""
    return repository.latest_for(stations, pollutant)


@mcp.tool()
@log_calls
def exceedance_counts(stations: Annotated[list[str], Field(max_length=50)], threshold: float) -> list[tuple]:
    """How often each station exceeded a threshold."""
    return repository.exceedances(stations, threshold)


@mcp.tool()
@log_calls
# ruleid: weak-input-schema
def custom_index(formula: str, readings: dict[str, Any]) -> str:
    """Compute a custom air-quality index from a formula over the named readings (e.g. 'max(pm25/35, no2/200)')."""
    # ruleid: tool-input-to-eval
    value = eval(formula, {"max": max, "min": min}, dict(readings))
    for low, high, band in AQI_BANDS:
        if low <= value <= high:
            return f"{value:.1f} ({band})"
    return f"{value:.1f}"


@mcp.tool()
def upload_calibration(upload: CalibrationUpload) -> str:
    """Send a sensor calibration to the national network."""
    # ruleid: sensitive-data-logged
    log.info("calibration for %s with key %s", upload.station_code, upload.network_api_key)
    return f"calibration queued for {upload.station_code}"
