/** 64-bit FNV-1a style hash of a text (two 32-bit lanes), for cache keys. */
export function textHash(t: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ t.length;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/** Lengths of the common prefix and (non-overlapping) common suffix of two texts; compares in chunks natively. */
export function commonEnds(a: string, b: string): { p: number; sfx: number } {
  const min = Math.min(a.length, b.length);
  let p = 0;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (p + step <= min && a.slice(p, p + step) === b.slice(p, p + step)) p += step;
  }
  let sfx = 0;
  const room = min - p;
  for (let step = 4096; step >= 1; step >>= 4) {
    while (sfx + step <= room && a.slice(a.length - sfx - step, a.length - sfx) === b.slice(b.length - sfx - step, b.length - sfx)) sfx += step;
  }
  return { p, sfx };
}

/**
 * The edit between the text of the last analysis and `now`, and the one unit (of the last
 * analysis's list) that holds all of it: start ≤ first changed offset and last changed offset
 * (in the old text) < end. Undefined when no unit or several do. The keystroke paths of both
 * languages ask this before parsing anything.
 */
export function unitHoldingEdit<T extends { start: number; end: number }>(old: string, now: string, units: readonly T[]): UnitEdit<T> | undefined {
  const { p, sfx } = commonEnds(old, now);
  const oldEnd = old.length - sfx;
  let unit: T | undefined;
  for (const u of units) {
    if (u.start <= p && oldEnd < u.end) {
      if (unit) return undefined;
      unit = u;
    }
  }
  return unit && { unit, p, oldEnd, newEnd: now.length - sfx, delta: now.length - old.length };
}

/** An edit held by one unit: first changed offset, ends of the changed span in the old and new text. */
export interface UnitEdit<T> {
  unit: T;
  p: number;
  oldEnd: number;
  newEnd: number;
  delta: number;
}
