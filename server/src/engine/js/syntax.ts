// Small helpers over the tree-sitter JavaScript/TypeScript grammars.
import type { Node } from 'web-tree-sitter';

/** Strips wrappers that do not change a value: (x), x!, x as T, <T>x, x satisfies T, await x. */
export function unwrap(n: Node | null | undefined): Node | null {
  let cur = n ?? null;
  for (let i = 0; cur && i < 50; i++) {
    switch (cur.type) {
      case 'parenthesized_expression':
      case 'non_null_expression':
      case 'as_expression':
      case 'satisfies_expression':
      case 'type_assertion':
      case 'await_expression':
        cur = cur.namedChildren.find((c) => c && !isTypeNode(c)) ?? null;
        continue;
      default:
        return cur;
    }
  }
  return cur;
}

function isTypeNode(n: Node): boolean {
  return n.type.endsWith('_type') || n.type === 'type_identifier' || n.type === 'predefined_type' || n.type === 'type_arguments' || n.type === 'generic_type';
}

export function isFunctionNode(n: Node | null | undefined): boolean {
  return !!n && (n.type === 'arrow_function' || n.type === 'function_expression' || n.type === 'function' || n.type === 'function_declaration' || n.type === 'method_definition' || n.type === 'generator_function' || n.type === 'generator_function_declaration');
}

/** Argument nodes of a call/new expression (named children of the arguments node). */
export function callArgs(call: Node): Node[] {
  const args = call.childForFieldName('arguments');
  if (!args) return [];
  if (args.type === 'template_string') return [args];
  return args.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
}

/** Property name of a member expression (`a.b` → b), or of a string-literal subscript (`a["b"]`). */
export function memberName(n: Node): string | undefined {
  if (n.type === 'member_expression') return n.childForFieldName('property')?.text;
  if (n.type === 'subscript_expression') {
    const idx = n.childForFieldName('index');
    if (idx?.type === 'string') return idx.text.slice(1, -1);
  }
  return undefined;
}

/** Key text of an object pair / shorthand property. */
export function propKey(n: Node): string | undefined {
  if (n.type === 'shorthand_property_identifier' || n.type === 'shorthand_property_identifier_pattern') return n.text;
  const key = n.childForFieldName('key') ?? n.childForFieldName('name');
  if (!key) return undefined;
  if (key.type === 'string') return key.text.slice(1, -1);
  if (key.type === 'computed_property_name') return undefined;
  return key.text;
}

/** The property node with key `name` in an object literal. */
export function objectProp(obj: Node | null | undefined, name: string): Node | undefined {
  if (!obj || obj.type !== 'object') return undefined;
  for (const c of obj.namedChildren) {
    if (!c) continue;
    if ((c.type === 'pair' || c.type === 'method_definition' || c.type === 'shorthand_property_identifier') && propKey(c) === name) return c;
  }
  return undefined;
}

/** Value node of the property `name` in an object literal. */
export function objectPropValue(obj: Node | null | undefined, name: string): Node | undefined {
  const p = objectProp(obj, name);
  if (!p) return undefined;
  if (p.type === 'pair') return p.childForFieldName('value') ?? undefined;
  return p;
}

/** A statement list: the children of a statement_block/program/switch case body. */
export function statements(n: Node): Node[] {
  if (n.type === 'statement_block' || n.type === 'program' || n.type === 'class_body') return n.namedChildren.filter((c): c is Node => !!c && c.type !== 'comment');
  return [n];
}

/** True when the statement (or block) always leaves the enclosing block: return/throw/continue/break/process.exit. */
export function alwaysExits(n: Node | null | undefined, memo?: Map<number, boolean>): boolean {
  if (!n) return false;
  if (memo) {
    const known = memo.get(n.id);
    if (known !== undefined) return known;
    const r = exits(n, memo);
    memo.set(n.id, r);
    return r;
  }
  return exits(n, memo);
}

function exits(n: Node, memo: Map<number, boolean> | undefined): boolean {
  switch (n.type) {
    case 'return_statement':
    case 'throw_statement':
    case 'continue_statement':
    case 'break_statement':
      return true;
    case 'statement_block': {
      const s = statements(n);
      return s.length > 0 && s.some((x) => alwaysExits(x, memo));
    }
    case 'if_statement': {
      const alt = n.childForFieldName('alternative');
      return alwaysExits(n.childForFieldName('consequence'), memo) && !!alt && alwaysExits(alt.namedChildren.find((c) => c && c.type !== 'comment'), memo);
    }
    case 'else_clause':
      return alwaysExits(n.namedChildren[0], memo);
    case 'expression_statement': {
      const e = unwrap(n.namedChildren[0]);
      if (e?.type === 'call_expression') {
        const f = e.childForFieldName('function')?.text ?? '';
        return f === 'process.exit' || /^(fail|die|abort|bail)$/.test(f);
      }
      return false;
    }
    default:
      return false;
  }
}

/** Anchored regex literal body that pins the whole value (no `.*`/`.+` wildcards). */
export function isStrictRegex(pattern: string): boolean {
  const body = pattern.replace(/^\//, '').replace(/\/[a-z]*$/, '');
  if (!/^\^/.test(body) || !/\$$/.test(body.replace(/\\\$$/, ''))) return false;
  // An unescaped '.' outside a character class matches anything; a '|' outside any group
  // un-anchors a branch (`^a|b$`), one inside a group (`^\w+\.(png|jpg)$`) does not.
  let inClass = false;
  let depth = 0;
  for (let i = 1; i < body.length - 1; i++) {
    const ch = body[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (!inClass && ch === '(') depth++;
    else if (!inClass && ch === ')') depth--;
    else if (!inClass && (ch === '.' || (ch === '|' && depth <= 0))) return false;
  }
  return depth === 0;
}
