import { createHash } from "node:crypto";

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function lineDiff(a: string, b: string): string[] {
  const left = a.split("\n");
  const right = b.split("\n");
  const out: string[] = [];
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) {
    if (left[i] !== right[i]) {
      if (left[i] !== undefined) out.push(`-${i + 1}: ${left[i]}`);
      if (right[i] !== undefined) out.push(`+${i + 1}: ${right[i]}`);
    }
  }
  return out;
}
