import { execa } from "execa";

export interface HcloudServer {
  id: number;
  name: string;
  status: string;
  public_net: { ipv4: { ip: string } };
  labels: Record<string, string>;
}

export class HcloudCli {
  constructor(private readonly context: string) {}

  /** Runs hcloud with an argument vector (no shell). */
  async run(args: string[]): Promise<string> {
    // ok: tool-input-to-shell
    const { stdout } = await execa("hcloud", ["--context", this.context, ...args], { timeout: 60_000 });
    return stdout;
  }

  /** Convenience for the bulk tools: a whole sub-command as one string. */
  async exec(subcommand: string): Promise<string> {
    // ruleid: tool-input-to-shell
    const { stdout } = await execa(`hcloud --context ${this.context} ${subcommand}`, { shell: true, timeout: 120_000 });
    return stdout;
  }

  async listServers(selector?: string): Promise<HcloudServer[]> {
    const args = ["server", "list", "-o", "json"];
    if (selector) args.push("--selector", selector);
    return JSON.parse(await this.run(args)) as HcloudServer[];
  }
}
