import { promises as fs } from "node:fs";
import path from "node:path";

export const RECORDINGS = path.resolve(process.env.RECORDINGS_DIR ?? "/var/spool/recordings");

export async function listRecordings(day) {
  const dir = path.join(RECORDINGS, day);
  // ruleid: tool-input-to-path
  const names = await fs.readdir(dir);
  return names.filter((n) => n.endsWith(".wav") || n.endsWith(".mp3"));
}

export async function recordingInfo(relPath) {
  const full = path.resolve(RECORDINGS, relPath);
  if (!full.startsWith(RECORDINGS + path.sep)) throw new Error("recording path outside the spool");
  // ok: tool-input-to-path
  const st = await fs.stat(full);
  return { file: relPath, bytes: st.size, modified: st.mtime.toISOString() };
}

export async function deleteRecording(relPath) {
  const full = path.normalize(`${RECORDINGS}/${relPath}`);
  if (!full.startsWith(RECORDINGS + path.sep)) throw new Error("refused");
  // ok: tool-input-to-path
  await fs.rm(full);
}

export async function exportRecording(relPath, destination) {
  const src = path.resolve(RECORDINGS, relPath);
  if (!src.startsWith(RECORDINGS + path.sep)) throw new Error("refused");
  // ruleid: tool-input-to-path
  await fs.copyFile(src, destination);
}
