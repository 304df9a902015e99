import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";
import { readFile } from "node:fs/promises";
import path from "node:path";

const run = promisify(exec);
const runFile = promisify(execFile);

export class CupsClient {
  constructor(private readonly spoolDir = "/var/spool/cups") {}

  async queue(printer: string, limit = 20): Promise<string> {
    // ruleid: tool-input-to-shell
    const { stdout } = await run(`lpstat -o ${printer} | head -n ${limit}`);
    return stdout;
  }

  async cancel(printer: string, jobId: number): Promise<string> {
    // ok: tool-input-to-shell
    const { stdout } = await runFile("cancel", [`${printer}-${jobId}`]);
    return stdout || `cancelled ${printer}-${jobId}`;
  }

  async setOption(printer: string, option: string, value: string): Promise<string> {
    const cmd = ["lpadmin", "-p", printer, "-o", `${option}=${value}`].join(" ");
    // ruleid: tool-input-to-shell
    const { stdout, stderr } = await run(cmd);
    return stdout || stderr || "ok";
  }

  async controlFile(jobId: string): Promise<string> {
    // ruleid: tool-input-to-path
    return readFile(path.join(this.spoolDir, `c${jobId}`), "latin1");
  }

  async printers(): Promise<string[]> {
    const { stdout } = await runFile("lpstat", ["-p"]);
    return stdout
      .split("\n")
      .filter((l) => l.startsWith("printer "))
      .map((l) => l.split(" ")[1]);
  }
}
