import vm from "node:vm";

const CHECK_BODIES = {
  not_null: "return v !== null && v !== undefined;",
  positive: "return typeof v === 'number' && v > 0;",
  iso_date: "return typeof v === 'string' && !Number.isNaN(Date.parse(v));",
  email: "return typeof v === 'string' && /^[^@\\s]+@[^@\\s]+$/.test(v);",
} as const;

export type CheckName = keyof typeof CHECK_BODIES;
export const CHECK_NAMES = Object.keys(CHECK_BODIES) as [CheckName, ...CheckName[]];

export function compileCheck(name: CheckName): (v: unknown) => boolean {
  if (!Object.hasOwn(CHECK_BODIES, name)) throw new Error(`unknown check ${name}`);
  // ok: tool-input-to-eval
  return new Function("v", CHECK_BODIES[name]) as (v: unknown) => boolean;
}

export function withinThreshold(failed: number, total: number, maxFailureRatio: number): boolean {
  const context = vm.createContext({ failed, total, maxFailureRatio });
  // ok: tool-input-to-eval
  return Boolean(vm.runInContext("total === 0 || failed / total <= maxFailureRatio", context));
}

export function customCheck(expression: string): (v: unknown) => boolean {
  const script = new vm.Script(`(function (v) { return (${expression}); })`);
  // ruleid: tool-input-to-eval
  return script.runInNewContext({ Math, Date }) as (v: unknown) => boolean;
}
