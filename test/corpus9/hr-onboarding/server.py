import json
import pickle
from typing import Literal

import aiohttp
import yaml
from fastmcp import FastMCP

from checklist import parse_titles, render_step, score_expression

mcp = FastMCP("hr-onboarding")
HRIS = "https://hris.corp.example/api"


@mcp.tool
async def import_checklist(checklist_yaml: str) -> str:
    """Import an onboarding checklist written in YAML."""
    # ruleid: unsafe-deserialization
    data = yaml.load(checklist_yaml, Loader=yaml.UnsafeLoader)
    return f"imported {len(data.get('steps', []))} steps"


@mcp.tool
async def preview_checklist(checklist_yaml: str) -> str:
    """Preview a checklist without importing it."""
    # ok: unsafe-deserialization
    data = yaml.safe_load(checklist_yaml)
    return "\n".join(render_step(s) for s in data.get("steps", []))


@mcp.tool
async def resume_session(state: bytes) -> str:
    """Resume a paused onboarding wizard from its saved state."""
    # ruleid: unsafe-deserialization
    wizard = pickle.loads(state)
    return f"resumed at step {wizard.get('step')}"


@mcp.tool
async def load_profile(profile_json: str) -> str:
    """Load a new-hire profile exported from the ATS."""
    # ok: unsafe-deserialization
    profile = json.loads(profile_json)
    return f"{profile['first_name']} {profile['last_name']} starts {profile['start_date']}"


@mcp.tool
async def readiness_score(formula: str, completed: int, total: int) -> float:
    """Compute a readiness score from a formula over `completed` and `total`."""
    return score_expression(formula, completed, total)


@mcp.tool
async def import_legacy_wizard(dump: str) -> str:
    """Import a wizard dump from the old onboarding tool (YAML with Python tags)."""
    # ruleid: unsafe-deserialization
    wizard = yaml.unsafe_load(dump)
    return f"legacy wizard for {wizard.get('employee', '?')}"


@mcp.tool
async def parse_step_list(steps_literal: str) -> str:
    """Parse a Python-literal list of step titles, e.g. "['laptop', 'badge']"."""
    titles = parse_titles(steps_literal)
    return ", ".join(titles)


@mcp.tool
async def fetch_offer_letter(letter_url: str) -> str:
    """Fetch the signed offer letter from the e-signature provider."""
    async with aiohttp.ClientSession() as session:
        # ruleid: tool-input-to-url
        async with session.get(letter_url) as resp:
            return await resp.text()


@mcp.tool
async def provision_account(employee_id: str, system: Literal["gsuite", "slack", "github"]) -> str:
    """Request an account in a company system."""
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{HRIS}/provision", json={"employee": employee_id, "system": system}) as resp:
            return await resp.text()


if __name__ == "__main__":
    mcp.run()
