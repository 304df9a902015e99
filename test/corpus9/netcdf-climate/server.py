import base64
import pickle
from pathlib import Path

import xarray as xr
import yaml
from mcp.server.fastmcp import FastMCP

from storage import DATA_DIR, dataset_path, load_cached

mcp = FastMCP("netcdf-climate")


@mcp.resource("climate://datasets/{name}/summary")
def dataset_summary(name: str) -> str:
    """Variables, dimensions and attributes of a NetCDF dataset."""
    with xr.open_dataset(dataset_path(name)) as ds:
        return str(ds)


@mcp.tool()
def area_mean(name: str, variable: str, lat_min: float, lat_max: float, lon_min: float, lon_max: float) -> dict:
    """Area-weighted mean of a variable over a lat/lon box."""
    with xr.open_dataset(dataset_path(name)) as ds:
        sub = ds[variable].sel(lat=slice(lat_min, lat_max), lon=slice(lon_min, lon_max))
        return {"mean": float(sub.mean()), "units": sub.attrs.get("units", "")}


@mcp.tool()
def open_raw(path: str) -> str:
    """Open any NetCDF file by path and describe it."""
    # ruleid: tool-input-to-path
    with xr.open_dataset(Path(DATA_DIR, path)) as ds:
        return str(ds)


@mcp.tool()
def restore_selection(blob: str) -> str:
    """Restore a saved selection (base64 pickle produced by the notebook helper)."""
    # ruleid: unsafe-deserialization
    sel = pickle.loads(base64.b64decode(blob))
    return repr(sel)


@mcp.tool()
def cached_result(key: str) -> str:
    """Return a cached computation by key."""
    return repr(load_cached(key))


@mcp.tool()
def apply_recipe(recipe_yaml: str) -> str:
    """Apply a regridding recipe given as YAML."""
    # ruleid: unsafe-deserialization
    recipe = yaml.load(recipe_yaml, Loader=yaml.Loader)
    return f"recipe with {len(recipe.get('steps', []))} steps"


@mcp.tool()
def validate_recipe(recipe_yaml: str) -> str:
    """Validate a regridding recipe without running it."""
    # ok: unsafe-deserialization
    recipe = yaml.safe_load(recipe_yaml)
    missing = [k for k in ("source", "target_grid", "method") if k not in recipe]
    return "ok" if not missing else f"missing: {', '.join(missing)}"


if __name__ == "__main__":
    mcp.run()
