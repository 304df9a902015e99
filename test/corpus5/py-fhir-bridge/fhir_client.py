"""Async FHIR client for the regional health-information exchange."""
from __future__ import annotations

import os
from typing import Any
from urllib.parse import quote

import httpx

HIE_BASE = os.environ.get("HIE_FHIR_BASE", "https://hie.region-health.example/fhir/R4")
TERMINOLOGY = "https://tx.region-health.example/fhir"


class FhirClient:
    def __init__(self, bearer: str) -> None:
        # The exchange's test environment uses a private CA that nobody installed on the MCP hosts.
        # ruleid: tls-verification-disabled
        self._http = httpx.AsyncClient(base_url=HIE_BASE, verify=False, timeout=15.0)
        self._bearer = bearer

    async def _get(self, path: str, params: dict[str, Any] | None = None) -> dict:
        # ruleid: token-passthrough
        headers = {"Authorization": self._bearer, "Accept": "application/fhir+json"}
        resp = await self._http.get(path, params=params, headers=headers)
        resp.raise_for_status()
        return resp.json()

    async def patient(self, patient_id: str) -> dict:
        # ok: tool-input-to-url
        return await self._get(f"/Patient/{quote(patient_id, safe='')}")

    async def medications(self, patient_id: str, status: str) -> dict:
        return await self._get("/MedicationRequest", {"patient": patient_id, "status": status, "_count": 50})

    async def follow(self, link: str) -> dict:
        """Follow a Bundle 'next' link returned by an earlier search."""
        # ruleid: tool-input-to-url
        resp = await self._http.get(link, headers={"Authorization": self._bearer})
        resp.raise_for_status()
        return resp.json()

    async def aclose(self) -> None:
        await self._http.aclose()


async def lookup_code(system: str, code: str) -> dict:
    async with httpx.AsyncClient(timeout=10.0) as client:
        resp = await client.get(f"{TERMINOLOGY}/CodeSystem/$lookup", params={"system": system, "code": code})
        return resp.json()
