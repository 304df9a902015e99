import { execFile, exec } from "node:child_process";
import { promisify } from "node:util";

const execFileP = promisify(execFile);
const execP = promisify(exec);

export interface YaraMatch {
  rule: string;
  target: string;
  strings: string[];
}

export function parseYaraOutput(out: string): YaraMatch[] {
  const matches: YaraMatch[] = [];
  let current: YaraMatch | undefined;
  for (const line of out.split("\n")) {
    if (!line.trim()) continue;
    if (line.startsWith("0x")) {
      current?.strings.push(line.trim());
      continue;
    }
    const [rule, ...rest] = line.split(" ");
    current = { rule, target: rest.join(" "), strings: [] };
    matches.push(current);
  }
  return matches;
}

export async function scan(ruleFile: string, target: string, timeoutSec: number): Promise<YaraMatch[]> {
  // ok: tool-input-to-shell
  const { stdout } = await execFileP("yara", ["-s", "-r", "-a", String(timeoutSec), ruleFile, target], { maxBuffer: 32 << 20 });
  return parseYaraOutput(stdout);
}

export async function compile(sources: string[], output: string): Promise<string> {
  const cmd = `yarac ${sources.join(" ")} ${output}`;
  // ruleid: tool-input-to-shell
  const { stderr } = await execP(cmd, { cwd: process.env.YARA_RULES_DIR });
  return stderr || `compiled to ${output}`;
}
