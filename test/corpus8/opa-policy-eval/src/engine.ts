import { execFile } from "node:child_process";
import vm from "node:vm";
import path from "node:path";

const HELPERS = `
  function isAdmin(i) { return (i.user?.roles ?? []).includes("admin"); }
  function withinBusinessHours(i) { const h = new Date(i.time).getUTCHours(); return h >= 8 && h < 18; }
  function sameTenant(i) { return i.user?.tenant === i.resource?.tenant; }
`;

const OPS: Record<string, (a: number, b: number) => boolean> = {
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "==": (a, b) => a === b,
};

export class PolicyEngine {
  constructor(private readonly bin: string, private readonly dir: string) {}

  opaEval(bundle: string, query: string, input: string): Promise<string> {
    return new Promise((resolve, reject) => {
      // ok: tool-input-to-shell
      const child = execFile(this.bin, ["eval", "--format", "pretty", "-b", path.join(this.dir, bundle), "--stdin-input", query], (err, stdout) => (err ? reject(err) : resolve(stdout)));
      child.stdin?.end(input);
    });
  }

  jsRule(rule: string, input: unknown): unknown {
    const sandbox = { input, result: undefined as unknown };
    // ruleid: tool-input-to-eval
    vm.runInNewContext(`result = (${rule});`, sandbox, { timeout: 100 });
    return sandbox.result;
  }

  builtin(helper: string, input: unknown): unknown {
    const sandbox = { input, helper, out: undefined as unknown };
    // ok: tool-input-to-eval
    vm.runInNewContext(`${HELPERS}\nout = ({ isAdmin, withinBusinessHours, sameTenant })[helper](input);`, sandbox, { timeout: 100 });
    return sandbox.out;
  }

  compare(doc: Record<string, number>, left: string, op: string, right: string): boolean {
    const fn = OPS[op];
    if (!fn) throw new Error(`operator must be one of ${Object.keys(OPS).join(" ")}`);
    // ok: tool-input-to-eval
    return fn(Number(doc[left]), Number(doc[right]));
  }

  compareLegacy(doc: Record<string, number>, left: string, op: string, right: string): boolean {
    // ruleid: tool-input-to-eval
    return eval(`${Number(doc[left])} ${op} ${Number(doc[right])}`);
  }
}
