// weak-input-schema: an input that accepts anything gets a bounded type.
//   z.any() / z.unknown()        → z.string().max(1024)
//   z.record(z.any())            → z.record(z.string(), z.string().max(1024))
//   z.object({…}).passthrough()  → z.object({…}).strict()
//   Python `name` (untyped) / `name: Any` / `name: object`
//                                → name: Annotated[str, Field(max_length=1024)]   (imports added once)
// Never preferred: the declared type changes, and the bound is a starting point the developer
// should set to what the tool really needs. Dicts (`dict`, `Dict[str, Any]`) want a model with
// typed fields, which no edit can guess: no fix.
import type { Node } from 'web-tree-sitter';
import type { Fix, FixContext, TextEdit } from './types';
import { insertAfterImports, named, pyImportsName, replaceNode, topLevel } from './util';

export const MAX_LENGTH = 1024;

export function schemaFixes(fc: FixContext): Fix | undefined {
  return fc.family === 'py' ? pyFix(fc) : tsFix(fc);
}

function tsFix(fc: FixContext): Fix | undefined {
  const t = fc.node.text;
  const any = /^(\w+)\.(any|unknown)\(\)$/.exec(t);
  if (any) {
    return { title: `Accept a string of at most ${MAX_LENGTH} characters (${any[1]}.string().max(${MAX_LENGTH}))`, preferred: false, edits: [replaceNode(fc.node, `${any[1]}.string().max(${MAX_LENGTH})`)] };
  }
  const flat = t.replace(/\s+/g, '');
  const z = /^\w+/.exec(flat)?.[0];
  const rec = z !== undefined && [`${z}.record(${z}.any())`, `${z}.record(${z}.unknown())`, `${z}.record(${z}.string(),${z}.any())`, `${z}.record(${z}.string(),${z}.unknown())`].includes(flat);
  if (rec) {
    return { title: `Accept string values of at most ${MAX_LENGTH} characters (${z}.record(${z}.string(), ${z}.string().max(${MAX_LENGTH})))`, preferred: false, edits: [replaceNode(fc.node, `${z}.record(${z}.string(), ${z}.string().max(${MAX_LENGTH}))`)] };
  }
  // `.passthrough()` lets unknown keys through: `.strict()` rejects them.
  const pass = findPassthrough(fc.node) ?? (fc.node.type === 'identifier' ? findPassthrough(declaredValue(fc, fc.node.text)) : undefined);
  if (pass) return { title: 'Reject unknown keys (.strict() instead of .passthrough())', preferred: false, edits: [replaceNode(pass, 'strict')] };
  return undefined;
}

/** The value of a top-level `const name = …` of the file. */
function declaredValue(fc: FixContext, name: string): Node | undefined {
  for (const st of topLevel(fc)) {
    const decl = st.type === 'export_statement' ? named(st)[0] : st;
    if (decl?.type !== 'lexical_declaration') continue;
    for (const d of named(decl)) {
      if (d.type === 'variable_declarator' && d.childForFieldName('name')?.text === name) return d.childForFieldName('value') ?? undefined;
    }
  }
  return undefined;
}

/** The `passthrough` property name of a `.passthrough()` call in the schema expression. */
function findPassthrough(n: Node | undefined, depth = 0): Node | undefined {
  if (!n || depth > 20) return undefined;
  if (n.type === 'member_expression' && n.childForFieldName('property')?.text === 'passthrough' && n.parent?.type === 'call_expression' && named(n.parent.childForFieldName('arguments')).length === 0) {
    return n.childForFieldName('property') ?? undefined;
  }
  for (const c of named(n)) {
    const hit = findPassthrough(c, depth + 1);
    if (hit) return hit;
  }
  return undefined;
}

function pyFix(fc: FixContext): Fix | undefined {
  const p = fc.node;
  if (p.parent?.type !== 'parameters') return undefined;
  const bounded = `Annotated[str, Field(max_length=${MAX_LENGTH})]`;
  const edits: TextEdit[] = [];
  if (p.type === 'identifier') {
    edits.push(replaceNode(p, `${p.text}: ${bounded}`));
  } else if (p.type === 'typed_parameter' || p.type === 'typed_default_parameter') {
    const type = p.childForFieldName('type');
    if (!type || !/^(Any|typing\.Any|object)$/.test(type.text)) return undefined;
    if (p.type === 'typed_default_parameter' && !isStringLiteral(p.childForFieldName('value'))) return undefined;
    edits.push(replaceNode(type, bounded));
  } else if (p.type === 'default_parameter') {
    const name = p.childForFieldName('name');
    const value = p.childForFieldName('value');
    if (!name || !isStringLiteral(value)) return undefined;
    edits.push(replaceNode(name, `${name.text}: ${bounded}`));
  } else return undefined;
  const missing: string[] = [];
  if (!pyImportsName(fc, 'typing', 'Annotated') && !pyImportsName(fc, 'typing_extensions', 'Annotated')) missing.push('from typing import Annotated');
  if (!pyImportsName(fc, 'pydantic', 'Field')) missing.push('from pydantic import Field');
  if (missing.length) edits.unshift(insertAfterImports(fc, missing.join('\n')));
  const name = p.type === 'identifier' ? p.text : p.childForFieldName('name')?.text ?? named(p)[0]?.text;
  return { title: `Declare \`${name}\` as a string of at most ${MAX_LENGTH} characters (Annotated + Field)`, preferred: false, edits };
}

function isStringLiteral(n: { type: string; text: string } | null | undefined): boolean {
  return !!n && n.type === 'string' && !/^[a-zA-Z]*f/i.test(n.text);
}
