import { execa } from "execa";

export interface SimConfig {
  design: string;
  motor: string;
  windMs: number;
  launchRodDeg: number;
  plotFile?: string;
}

export const DEFAULT_SIM: SimConfig = { design: "designs/club-l1.ork", motor: "H128W", windMs: 3, launchRodDeg: 5 };

export class SimRunner {
  constructor(private readonly cli: string) {}

  async run(cfg: SimConfig): Promise<string> {
    // ok: tool-input-to-shell
    const { stdout } = await execa(this.cli, ["simulate", "--rocket", cfg.design, "--motor", cfg.motor, "--wind", String(cfg.windMs), "--rod-angle", String(cfg.launchRodDeg)], { timeout: 90_000 });
    return stdout;
  }

  async plot(cfg: SimConfig): Promise<string> {
    const out = cfg.plotFile ?? "/tmp/altitude.png";
    // ruleid: tool-input-to-shell
    await execa(`gnuplot -e "set output '${out}'; motor='${cfg.motor}'" /opt/rocketry/altitude.gp`, { shell: true });
    return out;
  }
}

export class MotorCatalog {
  async download(motorId: string): Promise<unknown> {
    // ok: tool-input-to-url
    const res = await fetch("https://www.thrustcurve.org/api/v1/download.json", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ motorIds: [motorId], format: "RASP" }) });
    return res.json();
  }
}

export interface Deps {
  sim: SimRunner;
  motors: MotorCatalog;
}

export function createDeps(): Deps {
  return { sim: new SimRunner(process.env.OPENROCKET_CLI ?? "openrocket-cli"), motors: new MotorCatalog() };
}
