// Restocking-fee and refund formulas for returns.
import vm from "node:vm";

export const FEE_FORMULAS = {
  standard: "price * 0.15",
  opened: "Math.max(price * 0.25, 5)",
  damaged: "price * 0.5",
  none: "0",
};

export function feeFor(kind, price) {
  const formula = FEE_FORMULAS[kind];
  if (formula === undefined) throw new Error(`unknown fee kind ${kind}`);
  // ok: tool-input-to-eval
  return vm.runInNewContext(formula, { price, Math });
}

export function customFee(expression, price) {
  // ruleid: tool-input-to-eval
  const fn = new Function("price", "Math", `return (${expression});`);
  return fn(price, Math);
}

export function evaluateRefundRule(rule, order) {
  const { total, daysSincePurchase, loyaltyTier } = order;
  // ruleid: tool-input-to-eval
  return eval(`(${rule}) ? total : 0`);
}
