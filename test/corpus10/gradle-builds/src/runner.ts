import { spawn, exec } from "node:child_process";

export interface RunResult {
  code: number | null;
  output: string;
}

const MAX_OUTPUT = 200_000;

export function runGradle(projectDir: string, argv: string[]): Promise<RunResult> {
  return new Promise((resolve) => {
    // ok: tool-input-to-shell
    const child = spawn("./gradlew", argv, { cwd: projectDir, env: { ...process.env, TERM: "dumb" } });
    let output = "";
    const onData = (d: Buffer) => {
      if (output.length < MAX_OUTPUT) output += d.toString();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("close", (code) => resolve({ code, output }));
  });
}

export function runLine(projectDir: string, commandLine: string): Promise<RunResult> {
  return new Promise((resolve) => {
    // ruleid: tool-input-to-shell
    exec(commandLine, { cwd: projectDir, maxBuffer: MAX_OUTPUT }, (err, stdout, stderr) => resolve({ code: err ? (err.code as number) ?? 1 : 0, output: stdout + stderr }));
  });
}
