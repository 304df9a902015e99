import jsonpickle
import json

from swim.shell import run_async

PADS = {"lane1": "/dev/ttyUSB0", "lane2": "/dev/ttyUSB1", "lane3": "/dev/ttyUSB2"}


async def console_dump(heat: int, device_opts: str = "") -> str:
    """Dump the timing console memory for a heat."""
    return await run_async(f"colorado-dump --heat {int(heat)} {device_opts}")


def restore_heat_state(state: str) -> str:
    """Restore a heat's saved console state."""
    # ruleid: unsafe-deserialization
    heat = jsonpickle.decode(state)
    return f"restored heat {heat.number}"


def restore_heat_json(state: str) -> str:
    """Restore a heat's saved console state exported as JSON."""
    # ok: unsafe-deserialization
    heat = json.loads(state)
    return f"restored heat {heat['number']}"


TOOLS = [console_dump, restore_heat_state, restore_heat_json]
