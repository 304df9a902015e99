import { execa, execaCommand } from "execa";

const HOST = process.env.TRANSMISSION_HOST ?? "localhost:9091";
const AUTH = process.env.TRANSMISSION_AUTH ?? "";
const DONE_DIR = "/srv/torrents/complete";

export async function torrentInfo(id) {
  // ok: tool-input-to-shell
  const { stdout } = await execa`transmission-remote ${HOST} --auth ${AUTH} -t ${id} --info`;
  return stdout;
}

export async function addTorrent({ magnet, paused }) {
  const flags = paused ? "--start-paused" : "";
  // ruleid: tool-input-to-shell
  const { stdout } = await execaCommand(`transmission-remote ${HOST} --auth ${AUTH} ${flags} -a ${magnet}`);
  return stdout;
}

export async function setLimits(down, up) {
  const argv = [HOST, "--auth", AUTH, "-d", String(down), "-u", String(up)];
  const { stdout } = await execa("transmission-remote", argv);
  return stdout;
}

export async function runScript(command, torrentName) {
  const line = `${command} "${DONE_DIR}/${torrentName}"`;
  // ruleid: tool-input-to-shell
  const { stdout, stderr } = await execa(line, { shell: true, cwd: DONE_DIR });
  return stdout || stderr;
}
