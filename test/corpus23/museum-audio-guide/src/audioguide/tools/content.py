import yaml

from ..app import TOURS_ROOT, mcp
from ..helpers import safe_media_path


@mcp.tool()
async def read_transcript(stop_file: str) -> str:
    """Transcript of a narration (the .txt next to the audio file)."""
    # ok: tool-input-to-path
    return safe_media_path(stop_file).with_suffix(".txt").read_text(encoding="utf-8")


@mcp.tool()
async def load_tour(tour: str) -> str:
    """Load a tour definition (YAML) by name."""
    path = TOURS_ROOT / f"{tour}.yaml"
    # ruleid: tool-input-to-path
    text = path.read_text(encoding="utf-8")
    # ok: unsafe-deserialization
    data = yaml.safe_load(text)
    return "\n".join(f"{i + 1}. {s['title']}" for i, s in enumerate(data.get("stops", [])))


@mcp.tool()
async def preview_tour_yaml(document: str) -> str:
    """Validate a tour YAML pasted by a curator before it is saved."""
    # ruleid: unsafe-deserialization
    data = yaml.load(document, Loader=yaml.Loader)
    return f"{len(data.get('stops', []))} stops, language {data.get('lang', '?')}"


@mcp.resource("tour://{tour}/stops")
def tour_stops(tour: str) -> str:
    """Stop list of a tour as a resource."""
    if tour not in {p.stem for p in TOURS_ROOT.glob("*.yaml")}:
        raise ValueError("unknown tour")
    # ok: tool-input-to-path
    return (TOURS_ROOT / f"{tour}.yaml").read_text(encoding="utf-8")
