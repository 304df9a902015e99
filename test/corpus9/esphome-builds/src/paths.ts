import path from "node:path";

export const CONFIG_DIR = path.resolve(process.env.ESPHOME_CONFIG_DIR ?? "/config/esphome");

export function deviceFile(device: string): string {
  const full = path.resolve(CONFIG_DIR, `${device}.yaml`);
  if (!full.startsWith(CONFIG_DIR + path.sep)) throw new Error("invalid device name");
  return full;
}
