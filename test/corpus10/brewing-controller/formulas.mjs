import vm from "node:vm";

// Named formulas the brewer can pick from; the code is ours, only the numbers come from the call.
const FORMULAS = {
  abv: "(og - fg) * 131.25",
  abv_alt: "(76.08 * (og - fg) / (1.775 - og)) * (fg / 0.794)",
  attenuation: "((og - fg) / (og - 1)) * 100",
  calories: "((6.9 * ((og - fg) * 131.25 * 0.794)) + 4.0 * ((fg - 1) * 1000 / 4)) * 3.55",
};

export const FORMULA_NAMES = Object.keys(FORMULAS);

export function runNamedFormula(name, vars) {
  const code = FORMULAS[name];
  if (!code) throw new Error(`unknown formula ${name}`);
  // ok: tool-input-to-eval
  return vm.runInNewContext(code, { og: Number(vars.og), fg: Number(vars.fg) }, { timeout: 50 });
}

export function runCustomFormula(expression, vars) {
  const sandbox = { ...vars, Math };
  // ruleid: tool-input-to-eval
  return vm.runInNewContext(expression, sandbox, { timeout: 50 });
}

export function compileRamp(steps) {
  const body = steps.map((s) => `if (t < ${s.until}) return ${s.temp};`).join("\n");
  // ruleid: tool-input-to-eval
  return new Function("t", `${body}\nreturn null;`);
}
