import fs from "node:fs";
import path from "node:path";
import shell from "shelljs";

const CONF_D = "/etc/mosquitto/conf.d";

function fragmentPath(name) {
  const file = path.resolve(CONF_D, name.endsWith(".acl") ? name : `${name}.acl`);
  if (path.dirname(file) !== CONF_D) throw new Error("fragment must live directly in conf.d");
  return file;
}

export async function readAcl(fragment) {
  const file = fragmentPath(fragment);
  // ok: tool-input-to-path
  return fs.promises.readFile(file, "utf8");
}

export async function writeAclFragment(fragment, rules) {
  const file = path.join(CONF_D, fragment);
  // ruleid: tool-input-to-path
  await fs.promises.writeFile(file, rules.join("\n") + "\n", { mode: 0o640 });
  return `wrote ${rules.length} rules to ${fragment}`;
}

export function tailLog(lines, grep) {
  const base = `tail -n ${Number(lines)} /var/log/mosquitto/mosquitto.log`;
  // ruleid: tool-input-to-shell
  const out = grep ? shell.exec(`${base} | grep -F "${grep}"`, { silent: true }) : shell.exec(base, { silent: true });
  return out.stdout;
}
