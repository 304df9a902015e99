import asyncio
import os
import subprocess
from pathlib import Path

import mcp.server.stdio
import mcp.types as types
import rasterio
from mcp.server.lowlevel import Server

from commands import gdalwarp_cmd, translate_argv

server = Server("rasterio-imagery")
SCENES = Path("/data/scenes").resolve()


def scene(rel: str) -> Path:
    p = (SCENES / rel).resolve()
    if not p.is_relative_to(SCENES):
        raise ValueError("scene outside archive")
    return p


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="band_stats", description="Per-band statistics of a scene", inputSchema={"type": "object", "properties": {"scene": {"type": "string"}}, "required": ["scene"]}),
        types.Tool(name="reproject", description="Reproject a scene to an EPSG code", inputSchema={"type": "object", "properties": {"scene": {"type": "string"}, "epsg": {"type": "string"}}, "required": ["scene", "epsg"]}),
        types.Tool(name="to_cog", description="Convert a scene to a Cloud-Optimized GeoTIFF", inputSchema={"type": "object", "properties": {"scene": {"type": "string"}, "compress": {"type": "string", "enum": ["deflate", "lzw", "zstd"]}}, "required": ["scene"]}),
        # ruleid: weak-input-schema
        types.Tool(name="ndvi", description="NDVI of a scene", inputSchema={"type": "object"}),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "band_stats":
        with rasterio.open(scene(arguments["scene"])) as src:
            stats = [f"band {i}: min={b.min():.2f} max={b.max():.2f}" for i, b in enumerate(src.read(), start=1)]
        return [types.TextContent(type="text", text="\n".join(stats))]
    if name == "reproject":
        src = scene(arguments["scene"])
        cmd = gdalwarp_cmd(str(src), arguments["epsg"])
        # ruleid: tool-input-to-shell
        rc = os.system(cmd)
        return [types.TextContent(type="text", text=f"gdalwarp exited {rc}")]
    if name == "to_cog":
        argv = translate_argv(str(scene(arguments["scene"])), arguments.get("compress", "deflate"))
        # ok: tool-input-to-shell
        subprocess.run(argv, check=True)
        return [types.TextContent(type="text", text="done")]
    if name == "ndvi":
        # ruleid: tool-input-to-path
        with rasterio.open(os.path.join("/data/scenes", arguments["path"])) as src:
            red, nir = src.read(3).astype("float32"), src.read(4).astype("float32")
        ndvi = (nir - red) / (nir + red + 1e-6)
        return [types.TextContent(type="text", text=f"mean NDVI {float(ndvi.mean()):.3f}")]
    raise ValueError(f"unknown tool {name}")


async def main():
    async with mcp.server.stdio.stdio_server() as (r, w):
        await server.run(r, w, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
