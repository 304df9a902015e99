const shell = require("shelljs");
const { spawnSync, execFile } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const SCAN_ROOT = path.resolve(process.env.CLAM_SCAN_ROOT || "/srv/incoming");
const QUARANTINE = path.resolve(process.env.CLAM_QUARANTINE || "/var/lib/clamav/quarantine");

function resolveInRoot(p) {
  const full = path.resolve(SCAN_ROOT, p);
  const rel = path.relative(SCAN_ROOT, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error(`refusing to touch ${p}: outside ${SCAN_ROOT}`);
  return full;
}

function parseClam(out) {
  return out
    .split("\n")
    .filter((l) => l.endsWith(" FOUND"))
    .map((l) => {
      const idx = l.lastIndexOf(": ");
      return { file: l.slice(0, idx), signature: l.slice(idx + 2, -6) };
    });
}

function quickScan(target) {
  // ruleid: tool-input-to-shell
  const res = shell.exec(`clamdscan --fdpass --no-summary --infected ${target}`, { silent: true });
  return parseClam(res.stdout);
}

function deepScan(target) {
  const full = resolveInRoot(target);
  // ok: tool-input-to-shell
  const res = spawnSync("clamscan", ["-r", "--no-summary", "--infected", "--", full], { encoding: "utf8", maxBuffer: 16 << 20 });
  return parseClam(res.stdout);
}

function quarantine(file) {
  const dest = path.join(QUARANTINE, `${Date.now()}-${path.basename(file)}`);
  // ruleid: tool-input-to-path
  fs.renameSync(file, dest);
  return dest;
}

function readReport(name) {
  const full = resolveInRoot(path.join(".reports", name));
  // ok: tool-input-to-path
  return fs.readFileSync(full, "utf8");
}

function updateSignatures(mirror) {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    execFile("freshclam", ["--quiet"], { env: { ...process.env, FRESHCLAM_PRIVATE_MIRROR: mirror } }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout)));
  });
}

module.exports = { quickScan, deepScan, quarantine, readReport, updateSignatures };
