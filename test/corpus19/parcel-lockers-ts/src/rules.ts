import vm from "node:vm";

export type Compartment = { id: string; size: "S" | "M" | "L" | "XL"; free: boolean; temperature?: number };

const OPERATORS = ["<", "<=", ">", ">=", "==="] as const;
type Op = (typeof OPERATORS)[number];

/** Build a comparator for a compartment numeric field; the operator comes from a fixed list. */
export function compareFn(op: string): (a: number, b: number) => boolean {
  if (!OPERATORS.includes(op as Op)) throw new Error(`unsupported operator ${op}`);
  // ok: tool-input-to-eval
  return new Function("a", "b", `return a ${op} b;`) as (a: number, b: number) => boolean;
}

/** Evaluate an operator-supplied assignment rule against each compartment. */
export function matchRule(rule: string, compartments: Compartment[]): Compartment[] {
  return compartments.filter((c) => {
    const sandbox = { c, result: false };
    // ruleid: tool-input-to-eval
    vm.runInNewContext(`result = (${rule});`, sandbox, { timeout: 50 });
    return sandbox.result === true;
  });
}

export function parseSlotList(raw: string): string[] {
  // ok: tool-input-to-eval
  const list = JSON.parse(raw) as unknown;
  if (!Array.isArray(list)) throw new Error("expected a JSON array");
  return list.map(String);
}
