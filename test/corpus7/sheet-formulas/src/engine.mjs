import vm from "node:vm";
import { rangeValues } from "./cells.mjs";

const FUNCTIONS = {
  SUM: (xs) => xs.reduce((a, b) => a + b, 0),
  AVERAGE: (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0),
  MIN: (xs) => Math.min(...xs),
  MAX: (xs) => Math.max(...xs),
  COUNT: (xs) => xs.length,
};

/** Rewrites `=SUM(A1:A3) * 2` into JS over the FUNCTIONS table and evaluates it. */
export function evaluateFormula(formula, sheet) {
  const js = formula.replace(/^=/, "").replace(/([A-Z]+)\(([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)\)/g, (_m, fn, range) => `F.${fn}(R("${range}"))`);
  // ruleid: tool-input-to-eval
  const fn = new Function("F", "R", `"use strict"; return (${js});`);
  return fn(FUNCTIONS, (range) => rangeValues(sheet, range));
}

/** Aggregate with a fixed function name: the code string is constant, the data travels in the context. */
export function aggregate(fnName, values) {
  if (!Object.hasOwn(FUNCTIONS, fnName)) throw new Error(`unsupported function ${fnName}`);
  const context = vm.createContext({ F: FUNCTIONS, name: fnName, values });
  // ok: tool-input-to-eval
  return vm.runInContext("F[name](values)", context, { timeout: 100 });
}

export function legacyMacro(source, sheet) {
  const cell = (ref) => rangeValues(sheet, ref)[0];
  // ruleid: tool-input-to-eval
  return eval(source);
}
