import * as cp from "node:child_process";
import { promisify } from "node:util";

const execP = promisify(cp.exec);

export const ENVIRONMENTS = ["production", "staging", "development"];
const NODE_RE = /^[a-z0-9][a-z0-9.-]{0,252}$/;

export interface PuppetRunOptions {
  node: string;
  environment: string;
  noop: boolean;
  tags?: string[];
}

const defaults: PuppetRunOptions = { node: "", environment: "production", noop: true };

/** argv for `puppet job run`; never passed through a shell. */
export function jobRunArgv(opts: Partial<PuppetRunOptions>): string[] {
  const merged = { ...defaults, ...opts };
  const argv = ["job", "run", "--nodes", merged.node, "--environment", merged.environment, "--format", "json"];
  if (merged.noop) argv.push("--noop");
  if (merged.tags?.length) argv.push("--tags", merged.tags.join(","));
  return argv;
}

export function runPuppet(argv: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    cp.execFile("puppet", argv, { timeout: 600_000 }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout)));
  });
}

export function assertNode(node: string): string {
  if (!NODE_RE.test(node)) throw new Error("invalid certname");
  return node;
}

export async function factsFor(node: string, fact: string): Promise<string> {
  // ruleid: tool-input-to-shell
  const { stdout } = await execP(`puppet query 'facts[value] { certname = "${node}" and name = "${fact}" }'`);
  return stdout;
}

export function checkEnvironment(env: string): boolean {
  return ENVIRONMENTS.includes(env);
}
