import * as cp from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";

const run = promisify(cp.exec);
const runFile = promisify(cp.execFile);

export class RosCli {
  constructor(private readonly domainId: string) {}

  private env() {
    return { ...process.env, ROS_DOMAIN_ID: this.domainId };
  }

  async recordBag(topics: string[], seconds: number): Promise<string> {
    const out = path.join("/var/lib/rosbags", `bag-${Date.now()}`);
    // ok: tool-input-to-shell
    await runFile("timeout", [String(seconds), "ros2", "bag", "record", "-o", out, ...topics], { env: this.env() });
    return out;
  }

  async echo(topic: string, count: number): Promise<string> {
    const cmd = ["ros2", "topic", "echo", "--once", topic].join(" ");
    // ruleid: tool-input-to-shell
    const { stdout } = await run(`${cmd} | head -n ${count * 40}`, { env: this.env(), timeout: 15_000 });
    return stdout;
  }

  async setParam(node: string, param: string, value: string): Promise<string> {
    // ruleid: tool-input-to-shell
    const { stdout } = await run(`ros2 param set ${node} ${param} ${value}`, { env: this.env() });
    return stdout;
  }
}
