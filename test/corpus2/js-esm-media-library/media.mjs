import path from "node:path";
import { stat } from "node:fs/promises";

const TYPES = { ".mp4": "video/mp4", ".mkv": "video/x-matroska", ".mp3": "audio/mpeg", ".flac": "audio/flac", ".jpg": "image/jpeg" };

export function safeJoin(root, rel) {
  const target = path.resolve(root, rel);
  if (!target.startsWith(root + path.sep)) {
    throw new Error("refusing to leave the media library");
  }
  return target;
}

export async function mediaInfo(root, file) {
  const full = path.join(root, file);
  // ruleid: tool-input-to-path
  const st = await stat(full);
  return { bytes: st.size, type: TYPES[path.extname(full).toLowerCase()] ?? "application/octet-stream", modified: st.mtime.toISOString() };
}
