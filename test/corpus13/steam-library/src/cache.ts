import os from "node:os";
import path from "node:path";

export function cacheDir(): string {
  return process.env.STEAM_CACHE ?? path.join(os.homedir(), ".cache", "steam-library-mcp");
}
