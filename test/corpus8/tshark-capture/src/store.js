import path from "node:path";

export const CAPTURE_DIR = path.resolve(process.env.CAPTURE_DIR ?? "/var/captures");

export function captureFile(name) {
  const file = path.resolve(CAPTURE_DIR, name);
  if (!file.startsWith(CAPTURE_DIR + path.sep) || !/\.pcapng?$/.test(file)) {
    throw new Error("not a capture in the store");
  }
  return file;
}
