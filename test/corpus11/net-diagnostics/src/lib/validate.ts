import net from "node:net";

const HOSTNAME_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export function isValidTarget(target: string): boolean {
  return net.isIP(target) !== 0 || HOSTNAME_RE.test(target);
}

/** Loose check used by the older tools: looks for something host-like anywhere in the string. */
export function looksLikeHost(target: string): boolean {
  return /[a-z0-9-]+\.[a-z]{2,}/i.test(target);
}

export function clampCount(n: number | undefined, max = 30): number {
  return Math.min(Math.max(1, Math.floor(n ?? 5)), max);
}
