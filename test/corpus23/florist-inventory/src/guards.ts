export interface StemArgs { variety: string }
export interface OrderArgs { customer: string; stems: string[] }

export function isStemArgs(a: unknown): a is StemArgs {
  return typeof a === "object" && a !== null && typeof (a as StemArgs).variety === "string";
}

export function isOrderArgs(a: unknown): a is OrderArgs {
  const o = a as OrderArgs;
  return typeof a === "object" && a !== null && typeof o.customer === "string" && Array.isArray(o.stems) && o.stems.every((s) => typeof s === "string");
}
