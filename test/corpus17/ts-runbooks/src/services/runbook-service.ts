import * as cp from "node:child_process";
import { promisify } from "node:util";
import vm from "node:vm";
import { promises as fs } from "node:fs";
import path from "node:path";

const execFileP = promisify(cp.execFile);

export interface RunbookStep {
  id: string;
  run?: string;
  when?: string;
}

export interface Runbook {
  name: string;
  steps: RunbookStep[];
}

export class RunbookService {
  constructor(private readonly root: string) {}

  async load(name: string): Promise<Runbook> {
    const file = path.resolve(this.root, `${name}.json`);
    if (!file.startsWith(this.root + path.sep)) throw new Error("runbook outside the runbook folder");
    // ok: tool-input-to-path
    return JSON.parse(await fs.readFile(file, "utf8")) as Runbook;
  }

  async list(): Promise<string[]> {
    return (await fs.readdir(this.root)).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
  }

  /** Runs an ad-hoc diagnostic command the operator typed in chat. */
  runAdhoc(command: string, cwd: string): Promise<string> {
    return new Promise((resolve, reject) => {
      // ruleid: tool-input-to-shell
      cp.exec(command, { cwd, timeout: 60_000 }, (err, stdout, stderr) => (err ? reject(err) : resolve(stdout + stderr)));
    });
  }

  /** Evaluates a step's `when:` condition against the incident context. */
  evaluateCondition(expression: string, context: Record<string, unknown>): boolean {
    // ruleid: tool-input-to-eval
    return Boolean(vm.runInNewContext(expression, { ...context }, { timeout: 50 }));
  }

  async runScript(script: string, env: Record<string, string>): Promise<string> {
    // ok: tool-input-to-shell
    const { stdout } = await execFileP("/opt/runbooks/bin/run-step", [], { env: { ...process.env, ...env, STEP_SCRIPT: script } });
    return stdout;
  }
}
