import { execFile } from "node:child_process";
import { promisify } from "node:util";
import shell from "shelljs";

const run = promisify(execFile);
const PASSWD_FILE = "/etc/mosquitto/passwd";

export async function addUser(username, password) {
  // ok: tool-input-to-shell
  await run("mosquitto_passwd", ["-b", PASSWD_FILE, username, password]);
}

export async function removeUser(username) {
  // ruleid: tool-input-to-shell
  const res = shell.exec("mosquitto_passwd -D " + PASSWD_FILE + " " + username, { silent: true });
  if (res.code !== 0) throw new Error("mosquitto_passwd failed");
}

export async function reloadBroker() {
  await run("systemctl", ["reload", "mosquitto"]);
}
