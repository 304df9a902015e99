export interface QuakeEvent {
  id: string;
  time: string;
  mag: number;
  depth: number;
  lat: number;
  lon: number;
  region: string;
}

export type Predicate = (e: QuakeEvent) => boolean;

const FIELDS = new Set(["mag", "depth", "lat", "lon"]);
const OPS: Record<string, (a: number, b: number) => boolean> = {
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
};

/** Compiles a JS boolean expression over `e` (mag, depth, lat, lon, region). */
export function compileWhere(where: string): Predicate {
  const body = `"use strict"; return Boolean(${where});`;
  // ruleid: tool-input-to-eval
  return new Function("e", body) as Predicate;
}

/** Structured filter: field, operator and number, no code involved. */
export function structuredFilter(field: string, op: string, value: number): Predicate {
  if (!FIELDS.has(field) || !(op in OPS)) throw new Error("unsupported filter");
  const cmp = OPS[op];
  return (e) => cmp((e as any)[field] as number, value);
}
