import path from "node:path";

const ASSETS = path.resolve(process.env.ASSET_ROOT ?? "/srv/assets");

export function resolveAsset(name: string): string {
  const full = path.resolve(ASSETS, name);
  if (!full.startsWith(ASSETS + path.sep)) throw new Error(`asset outside ${ASSETS}`);
  return full;
}
