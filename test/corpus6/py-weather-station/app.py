import os
import sqlite3
from datetime import datetime, timezone

import httpx
from fastmcp import FastMCP

DB_PATH = os.environ.get("WEATHER_DB", "readings.db")
OPEN_METEO = "https://api.open-meteo.com/v1/forecast"

mcp = FastMCP("weather-stations")


def db() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@mcp.tool
def station_readings(station_id: str, limit: int = 24) -> list[dict]:
    """Latest readings stored for a station."""
    with db() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute("SELECT ts, temp_c, humidity, pressure_hpa, wind_ms FROM readings WHERE station_id = ? ORDER BY ts DESC LIMIT ?", (station_id, min(limit, 500))).fetchall()
    return [dict(r) for r in rows]


@mcp.tool
def readings_between(station_id: str, start: str, end: str) -> list[dict]:
    """Readings of a station between two ISO timestamps."""
    query = f"SELECT ts, temp_c, humidity FROM readings WHERE station_id = '{station_id}' AND ts BETWEEN '{start}' AND '{end}' ORDER BY ts"
    with db() as conn:
        cur = conn.cursor()
        # ruleid: tool-input-to-sql
        cur.execute(query)
        return [dict(r) for r in cur.fetchall()]


@mcp.tool
def poll_station(station_host: str) -> dict:
    """Poll a station's local HTTP API (e.g. 192.168.1.40) and store the reading."""
    # ruleid: tool-input-to-url
    resp = httpx.get(f"http://{station_host}/api/v1/current", timeout=5.0)
    resp.raise_for_status()
    data = resp.json()
    with db() as conn:
        conn.execute(
            "INSERT INTO readings (station_id, ts, temp_c, humidity, pressure_hpa, wind_ms) VALUES (?, ?, ?, ?, ?, ?)",
            (data["id"], datetime.now(timezone.utc).isoformat(), data["temp"], data["hum"], data["press"], data["wind"]),
        )
    return data


@mcp.tool
def forecast(latitude: float, longitude: float, days: int = 3) -> dict:
    """Forecast for a coordinate from Open-Meteo."""
    params = {"latitude": latitude, "longitude": longitude, "daily": "temperature_2m_max,temperature_2m_min,precipitation_sum", "forecast_days": max(1, min(days, 16))}
    # ok: tool-input-to-url
    resp = httpx.get(OPEN_METEO, params=params, timeout=10.0)
    resp.raise_for_status()
    return resp.json()["daily"]


@mcp.tool
def nearest_metar(icao: str) -> str:
    """Latest METAR for an airport near the station."""
    code = icao.strip().upper()
    if not (len(code) == 4 and code.isalpha()):
        raise ValueError("ICAO codes are four letters")
    # ok: tool-input-to-url
    resp = httpx.get(f"https://aviationweather.gov/api/data/metar?ids={code}&format=raw", timeout=10.0)
    return resp.text.strip()


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="http", host="127.0.0.1", port=8765)
