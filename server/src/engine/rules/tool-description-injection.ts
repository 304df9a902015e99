import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../checks/context';
import { findInjections } from '../checks/text/injection';
import { callArgs, calleeName, matchAll, nodeAt, rangeIn, upFrom } from '../checks/text/util';
import type { CheckRule } from './types';

const ID = 'tool-description-injection';
/** Where model-facing text is written: description/title properties and keywords, zod .describe(), server.tool(name, "description"). */
const TS_ANCHOR = /\b(?:description|title)["']?\s*:|\.describe\s*\(|\.(?:tool|prompt)\s*\(/g;
const PY_ANCHOR = /\b(?:description|title)\s*=(?!=)|["'](?:description|title)["']\s*:/g;
/** Descriptions changed after registration: `fn.__doc__ = …`, `tool.description = …`, `tool.update({ description })`. */
const REWRITE = /\.__doc__\s*=(?!=)|\.description\s*=(?![=>])|\.update\(\s*\{\s*description\b/g;

/** String nodes (and template fragments) inside a value: a literal, a concatenation, a parenthesised literal. */
function stringsIn(v: Node | null | undefined, out: Node[], depth = 0): Node[] {
  if (!v || depth > 4) return out;
  if (v.type === 'string' || v.type === 'template_string') out.push(v);
  else if (/^(?:binary_expression|binary_operator|parenthesized_expression|concatenated_string|as_expression|array|list|call_expression|arguments)$/.test(v.type)) {
    // ["line 1", "line 2"].join(" "), ("a" "b"), "a" + "b"
    for (const c of v.namedChildren) stringsIn(c, out, depth + 1);
  } else if (v.type === 'member_expression') stringsIn(v.childForFieldName('object'), out, depth + 1);
  return out;
}

/** The value written at a model-facing anchor. */
function anchoredValue(ctx: CheckContext, index: number, anchor: string): Node | null | undefined {
  const n = nodeAt(ctx, index + (anchor.startsWith('.') ? 1 : anchor.startsWith('"') || anchor.startsWith("'") ? 1 : 0));
  for (const a of upFrom(n, 4)) {
    if (a.type === 'pair') return a.childForFieldName('value');
    if (a.type === 'keyword_argument') return a.childForFieldName('value');
    if (a.type === 'call_expression') {
      const name = calleeName(a);
      const args = callArgs(a);
      if (name === 'describe') return args[0];
      if (name === 'tool' || name === 'prompt') return args[1]?.type === 'string' || args[1]?.type === 'template_string' ? args[1] : undefined;
      return undefined;
    }
  }
  return undefined;
}

/** Docstrings of Python tool / prompt / resource functions. */
function docstrings(ctx: CheckContext): Node[] {
  const out: Node[] = [];
  for (const d of ctx.definitions) {
    if (d.framework !== 'python-fastmcp') continue;
    let n = ctx.root.descendantForPosition({ row: d.range.start.line, column: d.range.start.character }, { row: d.range.end.line, column: d.range.end.character });
    if (n?.type === 'decorated_definition') n = n.childForFieldName('definition');
    if (n?.type !== 'function_definition') continue;
    const first = n.childForFieldName('body')?.namedChildren.find((c) => c && c.type !== 'comment');
    const s = first?.type === 'expression_statement' ? first.namedChild(0) : null;
    if (s?.type === 'string') out.push(s);
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
  const seen = new Set<number>();
  const scan = (s: Node) => {
    if (seen.has(s.startIndex)) return;
    seen.add(s.startIndex);
    const text = s.text;
    for (const f of findInjections(text)) {
      ctx.report({
        ruleId: ID,
        message: `Model-facing text contains ${f.what}. Tool, parameter and annotation text goes straight into the model's context, where it can steer the model into reading files, leaking data or misusing other tools without the user seeing it (tool poisoning). Keep descriptions to what the tool does.`,
        at: rangeIn(s, f.index, f.index + f.length),
      });
    }
  };

  for (const m of matchAll(ctx, ctx.lang === 'ts' ? TS_ANCHOR : PY_ANCHOR)) {
    const v = anchoredValue(ctx, m.index, m[0]);
    for (const s of stringsIn(v, [])) scan(s);
  }
  if (ctx.lang === 'py') for (const s of docstrings(ctx)) scan(s);

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
