import * as cp from "node:child_process";
import type { Deps } from "./deps.js";

type Args = Record<string, unknown>;
type Handler = (args: Args, deps: Deps) => Promise<string>;

const LOCK_IDS = new Set(["L01", "L02", "L03", "L04", "L05", "L06", "L07"]);

function requireLock(args: Args): string {
  const lock = String(args.lockId ?? "");
  if (!LOCK_IDS.has(lock)) throw new Error(`unknown lock ${lock}`);
  return lock;
}

async function lockStatus(args: Args, deps: Deps): Promise<string> {
  const lock = requireLock(args);
  // ok: tool-input-to-shell
  const { stdout } = await deps.run("lockctl", ["status", "--lock", lock, "--json"]);
  return stdout;
}

async function gateLog(args: Args, deps: Deps): Promise<string> {
  const unit = `${deps.logUnitPrefix}${args.lockId}`;
  const since = args.since ? `--since "${args.since}"` : "";
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    cp.exec(`journalctl -u ${unit} ${since} --no-pager -n 200`, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

async function fillTime(args: Args): Promise<string> {
  const chamber = { lengthM: 38.4, widthM: 5.2, riseM: Number(args.riseM ?? 2.1) };
  const flowExpr = String(args.flowFormula ?? "0.8 * chamber.widthM");
  // ruleid: tool-input-to-eval
  const flow = eval(flowExpr);
  const minutes = (chamber.lengthM * chamber.widthM * chamber.riseM) / (flow * 60);
  return `estimated fill: ${minutes.toFixed(1)} min`;
}

async function paddleTest(args: Args, deps: Deps): Promise<string> {
  const lock = requireLock(args);
  const side = args.side === "upstream" ? "upstream" : "downstream";
  // ok: tool-input-to-url
  const res = await fetch(`${deps.plcGateway}/locks/${lock}/paddles/${side}/test`, { method: "POST" });
  return `paddle test ${res.ok ? "started" : "refused"} on ${lock} ${side}`;
}

export const HANDLERS: Record<string, Handler> = {
  lock_status: lockStatus,
  gate_log: gateLog,
  fill_time: fillTime,
  paddle_test: paddleTest,
};
