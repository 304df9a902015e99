import { exec, execFile } from "node:child_process";
import { promisify } from "node:util";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

export interface DcmtkOptions {
  aeTitle: string;
  peer: string;
  port: number;
}

export class Dcmtk {
  constructor(private readonly opts: DcmtkOptions) {}

  private keyArgs(keys: Record<string, string>): string[] {
    return Object.entries(keys).flatMap(([tag, value]) => ["-k", `${tag}=${value}`]);
  }

  async findStudies(keys: Record<string, string>): Promise<string> {
    const args = ["-aet", this.opts.aeTitle, "-S", ...this.keyArgs(keys), this.opts.peer, String(this.opts.port)];
    // ok: tool-input-to-shell
    const { stdout } = await execFileAsync("findscu", args, { timeout: 30_000 });
    return stdout;
  }

  async dumpHeader(file: string): Promise<string> {
    // ruleid: tool-input-to-shell
    const { stdout } = await execAsync(`dcmdump +P 0010,0010 +P 0008,0060 "${file}"`);
    return stdout;
  }

  async toJpeg(source: string, target: string, frame: number): Promise<void> {
    await execFileAsync("dcmj2pnm", ["--write-jpeg", "--frame", String(frame), source, target]);
  }
}
