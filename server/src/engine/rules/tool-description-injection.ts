import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../checks/context';
import { findInjections } from '../checks/text/injection';
import { isComment, matchAll, nodeAt, offsetOf, rangeAt, upFrom } from '../checks/text/util';
import type { CheckRule } from './types';

const ID = 'tool-description-injection';
/** Where model-facing text is written: description/title properties and keywords, zod .describe(), server.tool(name, "description"). */
const TS_ANCHOR = /\b(?:description|title)["']?\s*:|\.describe\s*\(|\.(?:tool|prompt)\s*\(/g;
const PY_ANCHOR = /\b(?:description|title)\s*=(?!=)|["'](?:description|title)["']\s*:/g;
/** Descriptions changed after registration: `fn.__doc__ = …`, `tool.description = …`, `tool.update({ description })`. */
const REWRITE = /\.__doc__\s*=(?!=)|\.description\s*=(?![=>])|\.update\(\s*\{\s*description\b/g;

/** A string literal's body in the source text: [start, end) of its contents (escapes kept as written). */
interface Literal {
  start: number;
  end: number;
}

/** Skips white space and comments from `i`. */
function skipSpace(text: string, i: number, py: boolean): number {
  for (let k = 0; k < 100 && i < text.length; k++) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (py ? text[i] === '#' : text.startsWith('//', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (!py && text.startsWith('/*', i)) {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 ? text.length : e + 2;
    } else break;
  }
  return i;
}

/** Parses the string literal starting at `i` (quote, or Python prefix + quote); undefined if there is none. */
function literalAt(text: string, i: number, py: boolean): { lit: Literal; next: number } | undefined {
  if (py) while (/[rRbBuUfF]/.test(text[i] ?? '') && i < text.length) i++;
  const q = text[i];
  if (q !== '"' && q !== "'" && q !== '`') return undefined;
  const triple = py && text.startsWith(q + q + q, i);
  const open = triple ? 3 : 1;
  const start = i + open;
  const limit = Math.min(text.length, start + 20000);
  for (let j = start; j < limit; j++) {
    const c = text[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (!triple && c === '\n' && q !== '`') return undefined;
    if (c === q && (!triple || text.startsWith(q + q + q, j))) return { lit: { start, end: j }, next: j + open };
  }
  return undefined;
}

/**
 * The string literals of a value written at `i`: one literal, `"a" + "b"`, Python's implicit
 * concatenation `("a" "b")`, or `["a", "b"].join(" ")`.
 */
function literalsAt(text: string, i: number, py: boolean): Literal[] {
  const out: Literal[] = [];
  const skip = () => {
    i = skipSpace(text, i, py);
  };
  skip();
  // dedent(`…`), textwrap.dedent("""…"""), inspect.cleandoc(…), String.raw`…`: the literal inside.
  const call = /^[A-Za-z_$][\w$.]{0,40}(?=\s*[(`])/.exec(text.slice(i, i + 48));
  if (call && !/^(?:r|b|u|f|rb|br|fr|rf)$/i.test(call[0])) {
    i += call[0].length;
    skip();
    if (text[i] === '(') i++;
    skip();
  }
  let bracket = false;
  if (text[i] === '(' || text[i] === '[') {
    bracket = text[i] === '[';
    i++;
    skip();
  }
  for (let k = 0; k < 50; k++) {
    const r = literalAt(text, i, py);
    if (r) {
      out.push(r.lit);
      i = r.next;
    } else {
      // A name between literals: "Reads " + NAME + " and more": skip it when a `+` follows.
      const id = /^[A-Za-z_$][\w$.]{0,60}/.exec(text.slice(i, i + 64));
      if (!id || k === 0) break;
      i += id[0].length;
      skip();
      if (text[i] !== '+') break;
    }
    skip();
    if (text[i] === '+' || (bracket && text[i] === ',')) {
      i++;
      skip();
    }
  }
  return out;
}

/** Where the value of an anchor starts: after `description:` / `title=` / `.describe(`; the 2nd argument of `.tool(`. */
function valueStart(text: string, m: RegExpExecArray, py: boolean): number | undefined {
  const end = m.index + m[0].length;
  if (!/\.(?:tool|prompt)\s*\($/.test(m[0])) return end;
  // server.tool(name, "description", …): skip the first argument (a literal or an expression) and the comma.
  let i = skipSpace(text, end, py);
  const name = literalAt(text, i, py);
  if (name) i = skipSpace(text, name.next, py);
  else {
    let depth = 0;
    const stop = Math.min(text.length, i + 200);
    for (; i < stop; i++) {
      const c = text[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) return undefined;
        depth--;
      } else if (c === ',' && depth === 0) break;
      else if (c === '"' || c === "'" || c === '`') return undefined;
    }
  }
  return text[i] === ',' ? i + 1 : undefined;
}

/** Docstrings of Python tool / prompt / resource functions: the literal after the signature's colon. */
function docstrings(ctx: CheckContext): Literal[] {
  const out: Literal[] = [];
  const text = ctx.text;
  for (const d of ctx.definitions) {
    if (d.framework !== 'python-fastmcp') continue;
    let i = offsetOf(ctx, d.nameRange.end);
    if (text[i] !== '(' && !/^\s*\(/.test(text.slice(i, i + 4))) continue;
    // Past the parameters (balanced parentheses), the return annotation, to the colon.
    let depth = 0;
    const stop = Math.min(text.length, i + 4000);
    for (; i < stop; i++) {
      const c = text[i];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
      else if (c === ':' && depth === 0) break;
    }
    // Comments may come before the docstring.
    i = skipSpace(text, i + 1, true);
    const r = literalAt(text, i, true);
    if (r) out.push(r.lit);
  }
  return out;
}

/** `const h = server.registerTool(…)`: h is the handle of a registered tool / prompt / resource. */
function registeredHandle(text: string, name: string): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return false;
  for (const kw of ['const ', 'let ', 'var ']) {
    const i = text.indexOf(kw + name + ' =');
    if (i >= 0 && /^[^;\n]*\.(?:registerTool|registerPrompt|registerResource|tool|prompt|resource)\(/.test(text.slice(i, i + 300))) return true;
  }
  return false;
}

function check(ctx: CheckContext): void {
  if (!ctx.isMcp) return;
  const py = ctx.lang === 'py';
  const text = ctx.text;
  const seen = new Set<number>();
  const scan = (lit: Literal) => {
    if (seen.has(lit.start)) return;
    seen.add(lit.start);
    for (const f of findInjections(text.slice(lit.start, lit.end))) {
      const at = lit.start + f.index;
      // Only now look at the tree: text inside a comment is not model-facing.
      const n = nodeAt(ctx, at);
      if (!n || isComment(n)) continue;
      ctx.report({
        ruleId: ID,
        message: `Model-facing text contains ${f.what}. Tool, parameter and annotation text goes straight into the model's context, where it can steer the model into reading files, leaking data or misusing other tools without the user seeing it (tool poisoning). Keep descriptions to what the tool does.`,
        at: rangeAt(ctx, at, at + f.length),
      });
    }
  };

  for (const m of matchAll(ctx, py ? PY_ANCHOR : TS_ANCHOR)) {
    const v = valueStart(text, m, py);
    if (v !== undefined) for (const lit of literalsAt(text, v, py)) scan(lit);
  }
  if (py) for (const lit of docstrings(ctx)) scan(lit);

  for (const m of matchAll(ctx, REWRITE)) {
    const n = nodeAt(ctx, m.index + 1);
    let stmt: Node | undefined;
    for (const a of upFrom(n, 5)) {
      if (a.type === 'assignment_expression' || a.type === 'assignment' || a.type === 'call_expression' || a.type === 'call') {
        stmt = a;
        break;
      }
    }
    if (!stmt) continue;
    const target = stmt.childForFieldName('left') ?? stmt.childForFieldName('function');
    const recv = target?.childForFieldName('object')?.text ?? '';
    if (m[0].startsWith('.description')) {
      // this.description = … in a constructor, or files that register no tools.
      if (recv === 'this' || recv === 'self' || ctx.definitions.length === 0) continue;
    }
    if (m[0].startsWith('.update') && !/tool|prompt|resource/i.test(recv) && !registeredHandle(ctx.text, recv)) continue;
    ctx.report({
      ruleId: ID,
      message: `A ${m[0].includes('__doc__') ? 'tool docstring' : 'tool description'} is rewritten at run time (\`${(target?.text ?? '').slice(0, 40)}\`). What the user reviewed when installing the server is then not what the model reads: a changed description can carry instructions the user never saw (a "rug pull"). Keep descriptions fixed in the source.`,
      at: target ?? stmt,
    });
  }
}

export const toolDescriptionInjection: CheckRule = {
  meta: {
    id: ID,
    title: 'Tool, parameter or annotation text holds instructions aimed at the model',
    severity: 'error',
    cwe: [1427],
    languages: ['ts', 'py'],
    docs: 'docs/rules/tool-description-injection.md',
  },
  check,
};
