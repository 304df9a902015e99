"""flyctl argv builders and a Machines API helper."""
import os

import httpx

FLY_API = "https://api.machines.dev/v1"
STRATEGIES = {"rolling", "immediate", "canary", "bluegreen"}


def app_argv(subcommand: str, app: str, *extra: str) -> list[str]:
    return ["flyctl", subcommand, "-a", app, *extra]


def deploy_argv(app: str, image: str, strategy: str) -> list[str]:
    if strategy not in STRATEGIES:
        raise ValueError(f"strategy must be one of {sorted(STRATEGIES)}")
    return app_argv("deploy", app, "--image", image, "--strategy", strategy, "--detach")


async def machines_api(method: str, path: str, body: dict | None = None) -> dict | list:
    headers = {"Authorization": f"Bearer {os.environ['FLY_API_TOKEN']}"}
    async with httpx.AsyncClient(base_url=FLY_API, headers=headers, timeout=30) as client:
        r = await client.request(method, path, json=body)
        r.raise_for_status()
        return r.json() if r.content else {}
