import path from "node:path";
import fs from "node:fs";

export class Workspace {
  readonly root: string;

  constructor(root: string) {
    this.root = fs.realpathSync(root);
  }

  /** Real guard: resolves, then checks with path.relative. */
  file(rel: string): string {
    const full = path.resolve(this.root, rel);
    const r = path.relative(this.root, full);
    if (r === "" || r.startsWith("..") || path.isAbsolute(r)) throw new Error(`${rel} is outside the workspace`);
    return full;
  }

  /** Used for output names; a regex that is not anchored. */
  outputName(name: string): string {
    if (!/[A-Za-z0-9_-]+\.(gpkg|geojson|shp|tif)/.test(name)) throw new Error("bad output name");
    return path.join(this.root, "out", name);
  }
}
