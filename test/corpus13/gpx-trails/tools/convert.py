import shlex
import subprocess

from tools.base import BaseTool

FORMATS = {"kml": "kml", "geojson": "geojson", "fit": "garmin_fit", "tcx": "gtrnctr"}


class ConvertTool(BaseTool):
    name = "convert_route"
    description = "Convert a GPX route to KML, GeoJSON, FIT or TCX with gpsbabel."

    def run(self, route: str, fmt: str, output_name: str) -> str:
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {sorted(FORMATS)}")
        src = self.route_path(route)
        dst = self.route_path(output_name)
        # ok: tool-input-to-shell
        subprocess.run(["gpsbabel", "-i", "gpx", "-f", str(src), "-o", FORMATS[fmt], "-F", str(dst)], check=True, timeout=120)
        return f"wrote {dst.name}"

    def run_legacy(self, route: str, fmt: str, output_name: str) -> str:
        cmd = f"gpsbabel -i gpx -f {shlex.quote(route)} -o {shlex.quote(fmt)} -F {shlex.quote(output_name)}"
        subprocess.run(cmd, shell=True, check=True, cwd=self.root)
        return output_name


class SimplifyTool(BaseTool):
    name = "simplify_route"
    description = "Reduce the number of track points (gpsbabel simplify filter), e.g. error='0.01k' or count=500."

    def run(self, route: str, filter_args: str = "error=0.01k") -> str:
        src = self.route_path(route)
        out = src.with_name(src.stem + "-simplified.gpx")
        cmd = f"gpsbabel -i gpx -f '{src}' -x simplify,{filter_args} -o gpx -F '{out}'"
        # ruleid: tool-input-to-shell
        proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, cwd=self.root)
        if proc.returncode != 0:
            raise RuntimeError("gpsbabel failed")
        return f"wrote {out.name}"
