import { exec, execFile, spawn } from "node:child_process";
import { promisify } from "node:util";

const execP = promisify(exec);
const execFileP = promisify(execFile);

export class PdfService {
  constructor(private readonly filingsDir: string) {}

  async extractText(file: string, firstPage = 1, lastPage = 5): Promise<string> {
    const cmd = `pdftotext -layout -f ${firstPage} -l ${lastPage} "${this.filingsDir}/${file}" -`;
    // ruleid: tool-input-to-shell
    const { stdout } = await execP(cmd, { maxBuffer: 8 * 1024 * 1024 });
    return stdout;
  }

  async pageCount(file: string): Promise<number> {
    // ok: tool-input-to-shell
    const { stdout } = await execFileP("pdfinfo", [`${this.filingsDir}/${file}`]);
    const m = /Pages:\s+(\d+)/.exec(stdout);
    return m ? Number(m[1]) : 0;
  }

  redact(file: string, pattern: string): Promise<number> {
    return new Promise((resolve, reject) => {
      // ruleid: tool-input-to-shell
      const child = spawn("redact-pdf", ["--pattern", pattern, `${this.filingsDir}/${file}`], { shell: true, stdio: "inherit" });
      child.on("error", reject);
      child.on("close", (code) => resolve(code ?? 1));
    });
  }
}
