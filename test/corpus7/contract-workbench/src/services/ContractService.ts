import shell from "shelljs";
import { execFileSync } from "node:child_process";
import vm from "node:vm";
import { readFileSync } from "node:fs";
import path from "node:path";

export interface WorkbenchConfig {
  projectDir: string;
  network: string;
}

export class ContractService {
  constructor(private readonly cfg: WorkbenchConfig) {}

  compile(configFile: string): string {
    // ruleid: tool-input-to-shell
    const res = shell.exec(`npx hardhat compile --config ${configFile}`, { cwd: this.cfg.projectDir, silent: true });
    return res.code === 0 ? res.stdout : res.stderr;
  }

  forgeTest(match: string, verbosity: number): string {
    const v = "-" + "v".repeat(Math.min(Math.max(verbosity, 1), 5));
    // ok: tool-input-to-shell
    return execFileSync("forge", ["test", "--match-test", match, v], { cwd: this.cfg.projectDir, encoding: "utf8" });
  }

  abi(contract: string): unknown[] {
    const artifact = path.join(this.cfg.projectDir, "artifacts", "contracts", `${contract}.sol`, `${contract}.json`);
    // ruleid: tool-input-to-path
    return JSON.parse(readFileSync(artifact, "utf8")).abi;
  }

  /** Evaluates a JS snippet against the ABI, e.g. `abi.filter(f => f.stateMutability === "view")`. */
  inspect(contract: string, snippet: string): unknown {
    const sandbox = { abi: this.abi(contract), result: undefined as unknown };
    // ruleid: tool-input-to-eval
    vm.runInNewContext(`result = (${snippet})`, sandbox, { timeout: 1000 });
    return sandbox.result;
  }

  selectors(contract: string): Record<string, string> {
    const abi = this.abi(contract) as { type: string; name: string; inputs: { type: string }[] }[];
    const out: Record<string, string> = {};
    for (const f of abi.filter((e) => e.type === "function")) out[f.name] = `${f.name}(${f.inputs.map((i) => i.type).join(",")})`;
    return out;
  }
}
