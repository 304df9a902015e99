// What an anchored validation regex proves about the strings it accepts. The pattern is read
// as a set of characters it can admit (probe characters standing for the dangerous classes),
// and each sink kind is safe when none of its dangerous characters can get through.

import { ALL_KINDS, Kind } from '../taint';
import { NO_ABS, NO_DOTDOT } from './values';

const PROBES = [';', '|', '&', '$', '`', "'", '"', '<', '>', '\n', '\r', '\t', '(', ')', '{', '}', '\\', '/', '.', ':', '@', ' ', '*', '=', '-', '[', ']', 'a', 'Z', '_', '0', '#', '?', '%', '+', ',', '!', '~', '^', '\u00e9'];

type CharSet = Set<string>;

const DIGITS = new Set(['0']);
const WORD = new Set(['a', 'Z', '_', '0', '\u00e9']);
const SPACE = new Set([' ', '\t', '\n', '\r']);
const ALL = new Set(PROBES);

function complement(s: CharSet): CharSet {
  return new Set(PROBES.filter((c) => !s.has(c)));
}

function escapeSet(c: string): CharSet | undefined {
  switch (c) {
    case 'd': return DIGITS;
    case 'w': return WORD;
    case 's': return SPACE;
    case 'D': return complement(DIGITS);
    case 'W': return complement(WORD);
    case 'S': return complement(SPACE);
    case 'n': return new Set(['\n']);
    case 't': return new Set(['\t']);
    case 'r': return new Set(['\r']);
    default: return undefined;
  }
}

/** Probe characters in the inclusive code range lo..hi. */
function range(lo: string, hi: string): CharSet {
  const a = lo.charCodeAt(0);
  const b = hi.charCodeAt(0);
  return new Set(PROBES.filter((c) => c.charCodeAt(0) >= a && c.charCodeAt(0) <= b && c !== '\u00e9'));
}

interface Parsed {
  chars: CharSet;
  anchoredStart: boolean;
  anchoredEnd: boolean;
  topAlternation: boolean;
  /** Characters the first atom can be. */
  first?: CharSet;
}

function parse(p: string): Parsed | undefined {
  const chars: CharSet = new Set();
  let i = 0;
  let anchoredStart = false;
  let anchoredEnd = false;
  if (p.startsWith('^')) { anchoredStart = true; i = 1; }
  else if (p.startsWith('\\A')) { anchoredStart = true; i = 2; }
  let end = p.length;
  if (p.endsWith('\\Z') || p.endsWith('\\z')) { anchoredEnd = true; end -= 2; }
  else if (p.endsWith('$') && !p.endsWith('\\$')) { anchoredEnd = true; end -= 1; }
  let depth = 0;
  let topAlternation = false;
  let first: CharSet | undefined;
  const add = (s: CharSet) => {
    if (!first) first = s;
    for (const c of s) chars.add(c);
  };
  while (i < end) {
    const c = p[i];
    if (c === '\\') {
      const n = p[i + 1];
      if (n === undefined) return undefined;
      const s = escapeSet(n);
      if (s) add(s);
      else if (n === 'b' || n === 'B' || n === 'A' || n === 'Z' || n === 'z') { /* anchors */ }
      else add(new Set([n]));
      i += 2;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      let negate = false;
      if (p[j] === '^') { negate = true; j++; }
      const set: CharSet = new Set();
      let firstInClass = true;
      let prev: string | undefined;
      while (j < end && (p[j] !== ']' || firstInClass)) {
        firstInClass = false;
        let ch = p[j];
        if (ch === '\\') {
          const n = p[j + 1];
          const s = n === undefined ? undefined : escapeSet(n);
          j += 2;
          if (s) { for (const x of s) set.add(x); prev = undefined; continue; }
          ch = n ?? '';
        } else j++;
        if (ch === '-' && prev !== undefined && j < end && p[j] !== ']') {
          let hi = p[j];
          if (hi === '\\') { hi = p[j + 1] ?? ''; j += 2; } else j++;
          for (const x of range(prev, hi)) set.add(x);
          prev = undefined;
          continue;
        }
        set.add(ch);
        if (ch >= 'a' && ch <= 'z') set.add('a');
        if (ch >= 'A' && ch <= 'Z') set.add('Z');
        if (ch >= '0' && ch <= '9') set.add('0');
        prev = ch;
      }
      if (j >= end) return undefined;
      add(negate ? complement(set) : set);
      i = j + 1;
      continue;
    }
    if (c === '(') {
      depth++;
      i++;
      if (p[i] === '?') {
        // (?:  (?P<name>  (?i)  (?=  (?!  (?<=  (?<!
        i++;
        if (p[i] === 'P' && p[i + 1] === '<') { i = p.indexOf('>', i); if (i < 0) return undefined; i++; }
        else if (p[i] === ':' || p[i] === '=' || p[i] === '!') i++;
        else if (p[i] === '<' && (p[i + 1] === '=' || p[i + 1] === '!')) i += 2;
        else {
          while (i < end && /[aiLmsux-]/.test(p[i])) i++;
          if (p[i] === ')') { depth--; i++; }
          else if (p[i] === ':') i++;
        }
      }
      continue;
    }
    if (c === ')') { depth--; i++; continue; }
    if (c === '|') { if (depth === 0) topAlternation = true; i++; continue; }
    if (c === '*' || c === '+' || c === '?') { i++; continue; }
    if (c === '{' && /^\{\d*(,\d*)?\}/.test(p.slice(i))) { i = p.indexOf('}', i) + 1; continue; }
    if (c === '.') { add(complement(new Set(['\n']))); i++; continue; }
    if (c === '^' || c === '$') { i++; continue; }
    const lit = new Set([c]);
    if (c >= 'a' && c <= 'z') lit.add('a');
    if (c >= 'A' && c <= 'Z') lit.add('Z');
    if (c >= '0' && c <= '9') lit.add('0');
    add(lit);
    i++;
  }
  return { chars, anchoredStart, anchoredEnd, topAlternation, first };
}

function hasAny(s: CharSet, cs: string[]): boolean {
  return cs.some((c) => s.has(c));
}

/** Kinds a full match of `chars` proves safe. */
export function kindsForChars(s: CharSet, first?: CharSet): number {
  let k = 0;
  if (!hasAny(s, [';', '|', '&', '$', '`', "'", '"', '<', '>', '\n', '\r', '(', ')', '\\'])) k |= Kind.Shell;
  if (!hasAny(s, ["'", '"', '\\', ';', ' ', '\t', '\n', '\r'])) k |= Kind.Sql;
  if (!hasAny(s, ['/', '\\'])) k |= Kind.Path;
  else if (!s.has('.') && first && !first.has('/') && !first.has('\\')) k |= Kind.Path;
  if (!hasAny(s, ['/', ':', '@', '.', '\\', '?', '#'])) k |= Kind.Url;
  const letters = hasAny(s, ['a', 'Z', '_', '\u00e9']);
  if (!letters || !s.has('(')) k |= Kind.Eval;
  if (!letters) k |= Kind.Deser;
  if (!s.has('.')) k |= NO_DOTDOT;
  if (first && !first.has('/') && !first.has('\\')) k |= NO_ABS;
  return k;
}

/**
 * Kinds proved safe by a successful match of `pattern`. `mode`: 'full' (re.fullmatch or
 * Field(pattern=) which pydantic anchors... not quite: pydantic uses search, so 'search'),
 * 'match' (anchored at the start), 'search'. Returns 0 when the pattern does not pin the value.
 */
export function regexKinds(pattern: string, mode: 'full' | 'match' | 'search'): number {
  if (pattern.length > 2000) return 0;
  const r = parse(pattern);
  if (!r) return 0;
  const startOk = mode !== 'search' || r.anchoredStart;
  const endOk = mode === 'full' || r.anchoredEnd;
  if (!startOk || !endOk) return 0;
  if (r.topAlternation && mode !== 'full') return 0;
  return kindsForChars(r.chars, r.first);
}

/** True when a literal URL prefix fixes scheme and host (`https://api.example.com/...`). */
export function prefixFixesHost(prefix: string): boolean {
  if (/^\/(?!\/)/.test(prefix)) return true; // path relative to a client's base_url
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#@{}\s]+[/?#]/i.test(prefix);
}

export { ALL as ALL_PROBES, ALL_KINDS };
