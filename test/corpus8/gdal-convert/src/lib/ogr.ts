import { execFile, execSync } from "node:child_process";
import { promisify } from "node:util";

const execFileP = promisify(execFile);

const DRIVERS: Record<string, string> = { gpkg: "GPKG", geojson: "GeoJSON", shp: "ESRI Shapefile", fgb: "FlatGeobuf" };

export function ogrArgs(src: string, dst: string, format: string, srs?: string, where?: string): string[] {
  const args = ["-f", DRIVERS[format] ?? "GPKG", dst, src];
  if (srs) args.push("-t_srs", srs);
  if (where) args.push("-where", where);
  return args;
}

export async function ogr2ogr(args: string[]): Promise<string> {
  // ok: tool-input-to-shell
  const { stderr } = await execFileP("ogr2ogr", args, { timeout: 120_000 });
  return stderr;
}

export function ogrinfoSummary(file: string, layer: string): string {
  // ruleid: tool-input-to-shell
  return execSync(`ogrinfo -so ${file} ${layer}`, { encoding: "utf8" });
}
