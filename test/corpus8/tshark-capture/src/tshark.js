import { execFile, exec } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { promisify } from "node:util";
import path from "node:path";
import { CAPTURE_DIR } from "./store.js";

const execFileAsync = promisify(execFile);
const execAsync = promisify(exec);

export async function startCapture(opts) {
  const out = path.join(CAPTURE_DIR, `${opts.iface}-${Date.now()}.pcapng`);
  const filter = opts.bpf ? ` -f "${opts.bpf}"` : "";
  // ruleid: tool-input-to-shell
  await execAsync(`tshark -i ${opts.iface} -a duration:${opts.seconds} -s ${opts.snaplen}${filter} -w ${out}`);
  return path.basename(out);
}

export async function summarizeCapture(file, displayFilter) {
  const args = ["-r", file, "-q", "-z", "io,phs", "-z", "conv,tcp"];
  if (displayFilter) args.push("-Y", displayFilter);
  // ok: tool-input-to-shell
  const { stdout } = await execFileAsync("tshark", args, { maxBuffer: 8 << 20 });
  return stdout;
}

export async function followStream(file, stream) {
  // ruleid: tool-input-to-shell
  const { stdout } = await execAsync(`tshark -r '${file}' -q -z follow,tcp,ascii,${Number(stream)}`);
  return stdout.slice(0, 20_000);
}

export async function exportObjects(file, folder) {
  const dest = path.join(CAPTURE_DIR, "objects", folder);
  // ruleid: tool-input-to-path
  await mkdir(dest, { recursive: true });
  await execFileAsync("tshark", ["-r", file, "-q", "--export-objects", `http,${dest}`]);
  return `objects in ${dest}`;
}
