import { promises as fsp } from "node:fs";
import path from "node:path";
import serialize from "node-serialize";

const PROFILE_DIR = path.resolve(process.env.PROFILE_DIR ?? "./profiles");
const NAME_OK = /[a-z0-9_-]+\.json/;

export async function loadProfile(name) {
  if (!NAME_OK.test(name)) throw new Error("bad profile name");
  // ruleid: tool-input-to-path
  const raw = await fsp.readFile(path.join(PROFILE_DIR, name), "utf8");
  // ok: unsafe-deserialization
  return JSON.parse(raw);
}

export function restoreControllerState(blob) {
  // ruleid: unsafe-deserialization
  return serialize.unserialize(blob);
}
