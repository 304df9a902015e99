import * as cp from "node:child_process";
import { promisify } from "node:util";

export interface Deps {
  plcGateway: string;
  logUnitPrefix: string;
  run: (file: string, args: string[]) => Promise<{ stdout: string }>;
}

export function createDeps(): Deps {
  const execFile = promisify(cp.execFile);
  return {
    plcGateway: process.env.PLC_GATEWAY ?? "http://127.0.0.1:8502",
    logUnitPrefix: "lockctl@",
    run: (file, args) => execFile(file, args, { timeout: 20_000 }),
  };
}
