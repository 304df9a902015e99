import vm from "node:vm";

/** House increment tables, selected by tier. */
const INCREMENT_RULES: Record<string, string> = {
  standard: "price < 1000 ? 50 : price < 10000 ? 250 : 1000",
  fine_art: "price < 5000 ? 100 : price < 50000 ? 1000 : 5000",
  wine: "price < 500 ? 20 : 50",
};

export function houseIncrement(tier: "standard" | "fine_art" | "wine", price: number): number {
  // ok: tool-input-to-eval
  return Number(vm.runInNewContext(INCREMENT_RULES[tier], { price }, { timeout: 50 }));
}

export function customIncrement(rule: string, price: number): number {
  // ruleid: tool-input-to-eval
  return Number(vm.runInNewContext(rule, { price }, { timeout: 50 }));
}
