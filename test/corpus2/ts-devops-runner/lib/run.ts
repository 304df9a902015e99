import { exec } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";

const sh = promisify(exec);

const SCRIPTS_DIR = path.resolve(process.env.DEPLOY_SCRIPTS ?? "./scripts");

function buildCommand(script: string, extra: string): string {
  const scriptPath = path.join(SCRIPTS_DIR, script);
  return "bash " + scriptPath + " " + extra;
}

export async function runScript(script: string, extra: string): Promise<string> {
  const cmd = buildCommand(script, extra);
  // ruleid: tool-input-to-shell
  const { stdout, stderr } = await sh(cmd, { timeout: 120_000 });
  return stdout + (stderr ? `\n[stderr]\n${stderr}` : "");
}

export async function tailLog(service: string, lines: number): Promise<string> {
  const logFile = `/var/log/${service}/current.log`;
  // ruleid: tool-input-to-shell
  const { stdout } = await sh(`tail -n ${lines} ${logFile}`);
  return stdout;
}
