import { execa, execaCommand } from "execa";

const ROBOTCTL = process.env.ROBOTCTL_BIN ?? "/opt/fleet/bin/robotctl";

export class FleetService {
  async move(robotId: string, bay: string): Promise<string> {
    // ok: tool-input-to-shell
    const { stdout } = await execa(ROBOTCTL, ["move", robotId, "--to", bay, "--json"]);
    return stdout;
  }

  async reboot(robotId: string, reason = "requested via MCP"): Promise<string> {
    // ruleid: tool-input-to-shell
    const { stdout } = await execaCommand(`${ROBOTCTL} reboot ${robotId} --reason ${JSON.stringify(reason)}`, { shell: true });
    return stdout;
  }

  async telemetry(robotId: string): Promise<Record<string, number>> {
    const { stdout } = await execa(ROBOTCTL, ["telemetry", robotId, "--json"]);
    return JSON.parse(stdout);
  }
}
