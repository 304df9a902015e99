// Restic helpers: everything shells out to the restic binary.
const { exec, execFile } = require("child_process");
const util = require("util");

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

const REPO = process.env.RESTIC_REPOSITORY || "/mnt/backup/restic";
const SNAPSHOT_ID = /^[0-9a-f]{8,64}$/;

async function snapshots(host) {
  const args = ["-r", REPO, "snapshots", "--json"];
  if (host) args.push("--host", host);
  const { stdout } = await execFileAsync("restic", args, { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout);
}

async function listFiles(snapshotId, dir) {
  if (!SNAPSHOT_ID.test(snapshotId)) throw new Error("bad snapshot id");
  // ok: tool-input-to-shell
  const { stdout } = await execFileAsync("restic", ["-r", REPO, "ls", snapshotId, dir || "/"], { maxBuffer: 32 * 1024 * 1024 });
  return stdout.split("\n").slice(1, 501);
}

async function forget(keepDaily, keepWeekly, tag) {
  const policy = `--keep-daily ${keepDaily} --keep-weekly ${keepWeekly}` + (tag ? ` --tag ${tag}` : "");
  // ruleid: tool-input-to-shell
  const { stdout } = await execAsync(`restic -r ${REPO} forget ${policy} --prune`);
  return stdout;
}

async function stats() {
  const { stdout } = await execFileAsync("restic", ["-r", REPO, "stats", "--json", "--mode", "raw-data"]);
  return JSON.parse(stdout);
}

module.exports = { snapshots, listFiles, forget, stats };
