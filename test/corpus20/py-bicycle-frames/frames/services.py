import os

import aiohttp
import jwt

GEOMETRY_API = "https://geometry.framebuilders.example/v1"
JWT_KEY = os.environ["FRAMES_JWT_KEY"]


class TubingService:
    def __init__(self, cutlist_dir: str) -> None:
        self.cutlist_dir = cutlist_dir

    def print_cutlist(self, frame_no: str, printer: str) -> int:
        # ruleid: tool-input-to-shell
        return os.system(f"lp -d {printer} {self.cutlist_dir}/{frame_no}.pdf")

    def mitre_angles(self, frame_no: str) -> str:
        # ruleid: tool-input-to-shell
        return os.popen("bikecad-cli mitres " + frame_no).read()


async def fetch_geometry(base_url: str, model: str) -> dict:
    async with aiohttp.ClientSession() as session:
        # ruleid: tool-input-to-url
        async with session.get(f"{base_url}/models/{model}") as resp:
            return await resp.json()


def customer_from_token(token: str) -> dict:
    # ruleid: jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})


def customer_from_token_verified(token: str) -> dict:
    # ok: jwt-verification-disabled
    return jwt.decode(token, JWT_KEY, algorithms=["HS256"], audience="frames-mcp")
