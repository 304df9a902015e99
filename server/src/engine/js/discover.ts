// Finds MCP tool / resource / prompt definitions in JS/TS: TS SDK (v1 and v2) high-level and
// low-level APIs and fastmcp, and describes each handler's inputs from its schema.
import type { Node } from 'web-tree-sitter';
import { nodeRange, stringValue, type AnalysisContext } from '../context';
import type { McpDefinition, McpParam, ParamKind, Framework, DefinitionKind } from '../types';
import type { ModuleInfo } from './module';
import { callArgs, isFunctionNode, isStrictRegex, objectPropValue, propKey, unwrap } from './syntax';

export interface HandlerInput {
  name: string;
  /** Where the input is declared (schema property / template variable). */
  node: Node;
  constrained: boolean;
  /** Literal text the value is known to start with (`z.string().startsWith("/")`). */
  prefix?: string;
  /** File of `node` when the schema is written in another module. */
  file?: string;
}

export interface DiscoveredHandler {
  def: McpDefinition;
  /** Function node that runs for this definition (undefined when it could not be resolved). */
  fn?: Node;
  /** Module the handler lives in when imported from another file. */
  fnInfo?: ModuleInfo;
  /** Shape of the handler's arguments. */
  argShape: 'args' | 'resource' | 'low-level';
  inputs: HandlerInput[];
  classBody?: Node;
  /** Handler imported from another module (resolved by the evaluator). */
  importName?: string;
  /** The registration call (findings from handlers in other files are reported here). */
  registration?: Node;
}

export interface WeakSchema {
  node: Node;
  message: string;
  definition: string;
  /** File of `node` when the schema is written in another module (reported at the registration). */
  file?: string;
}

const METHOD_RE = /\.\s*(tool|registerTool|resource|registerResource|prompt|registerPrompt|setRequestHandler|addTool|addResource|addResourceTemplate|addPrompt)\s*\(/g;

/**
 * Registration calls, found from the text (a regex over the source is far cheaper than a
 * tree query over every call) and confirmed on the tree.
 */
function candidateCalls(ctx: AnalysisContext, from = 0, to = ctx.text.length): { call: Node; hook: number }[] {
  const out: { call: Node; hook: number }[] = [];
  METHOD_RE.lastIndex = from;
  for (let m = METHOD_RE.exec(ctx.text); m && m.index < to; m = METHOD_RE.exec(ctx.text)) {
    const at = m.index + m[0].indexOf(m[1]);
    const call = callAtHook(ctx, at, m[1].length);
    if (call) out.push({ call, hook: at });
  }
  return out;
}

/** The registration call whose method name starts at `at`, if that is what is there. */
function callAtHook(ctx: AnalysisContext, at: number, len: number): Node | undefined {
  const prop = ctx.root.descendantForIndex(at, at + len);
  const member = prop?.type === 'property_identifier' ? prop.parent : null;
  const call = member?.type === 'member_expression' ? member.parent : null;
  // The member is the callee (it starts the call), not an argument.
  return call?.type === 'call_expression' && call.startIndex === member!.startIndex ? call : undefined;
}

/** What a zod schema expression says about a value. */
export interface ZodInfo {
  kind: ParamKind;
  constrained: boolean;
  unbounded: boolean;
  weak?: string;
  /** Literal text the value must start with (`.startsWith("/")`). */
  prefix?: string;
}

export function zodInfo(n: Node | null | undefined, info: ModuleInfo, depth = 0): ZodInfo {
  const unknown: ZodInfo = { kind: 'unknown', constrained: false, unbounded: false };
  const e = unwrap(n);
  if (!e || depth > 8) return unknown;
  if (e.type === 'identifier') {
    const init = info.consts.get(e.text);
    if (init) return zodInfo(init, info, depth + 1);
    const imp = info.importedConst?.(e.text);
    return imp ? zodInfo(imp.node, imp.info, depth + 1) : unknown;
  }
  if (e.type !== 'call_expression') return unknown;
  // Walk the method chain: z.string().min(1).max(10).regex(/.../).optional()
  const chain: { name: string; args: Node[] }[] = [];
  let cur: Node | null = e;
  while (cur && cur.type === 'call_expression') {
    const f: Node | null = cur.childForFieldName('function');
    if (!f) break;
    if (f.type === 'member_expression') {
      chain.unshift({ name: f.childForFieldName('property')?.text ?? '', args: callArgs(cur) });
      cur = unwrap(f.childForFieldName('object'));
    } else {
      chain.unshift({ name: f.text, args: callArgs(cur) });
      cur = null;
    }
  }
  if (chain.length === 0) return unknown;
  const base = chain[0].name;
  const mods = new Set(chain.slice(1).map((c) => c.name));
  const res: ZodInfo = { kind: 'unknown', constrained: false, unbounded: false };
  switch (base) {
    case 'string': {
      res.kind = 'string';
      const regex = chain.find((c) => c.name === 'regex');
      const re = regex?.args[0];
      const strict = (re?.type === 'regex' && isStrictRegex(re.text)) || (re?.type === 'identifier' && isStrictRegex(unwrap(info.consts.get(re.text))?.text ?? ''));
      // A custom .refine()/.superRefine() is the developer's own validation: trusted.
      res.constrained = strict || mods.has('refine') || mods.has('superRefine') || mods.has('uuid') || mods.has('cuid') || mods.has('ulid') || mods.has('datetime') || mods.has('date') || mods.has('ip') || mods.has('ipv4') || mods.has('base64');
      res.unbounded = !res.constrained && !mods.has('max') && !mods.has('length') && !regex;
      const starts = stringValue(chain.find((c) => c.name === 'startsWith')?.args[0]);
      if (starts) res.prefix = starts;
      break;
    }
    case 'enum':
    case 'nativeEnum':
    case 'literal':
      res.kind = 'enum';
      res.constrained = true;
      break;
    case 'number':
    case 'bigint':
    case 'int':
    case 'boolean':
    case 'date':
    case 'coerce':
      res.kind = base === 'boolean' ? 'boolean' : 'number';
      res.constrained = base !== 'coerce' || /number|boolean|date|bigint/.test(chain[1]?.name ?? '');
      break;
    case 'uuid':
    case 'email':
    case 'url':
    case 'ipv4':
    case 'ipv6':
      res.kind = 'string';
      res.constrained = base === 'uuid' || base === 'ipv4' || base === 'ipv6';
      break;
    case 'any':
    case 'unknown':
      res.kind = 'any';
      res.weak = `\`z.${base}()\` accepts any value`;
      break;
    case 'record': {
      res.kind = 'object';
      const valueSchema = chain[0].args[chain[0].args.length - 1];
      const inner = zodInfo(valueSchema, info, depth + 1);
      if (inner.kind === 'any') res.weak = '`z.record(z.any())` accepts arbitrary keys and values';
      break;
    }
    case 'object':
    case 'strictObject':
    case 'looseObject':
      res.kind = 'object';
      if (mods.has('passthrough') || base === 'looseObject') res.weak = 'a passthrough object lets unknown keys through unvalidated';
      break;
    case 'array': {
      res.kind = 'array';
      const inner = zodInfo(chain[0].args[0], info, depth + 1);
      res.constrained = inner.constrained;
      if (inner.weak) res.weak = inner.weak;
      break;
    }
    case 'union':
    case 'discriminatedUnion': {
      const arr = unwrap(chain[0].args[base === 'union' ? 0 : 1]);
      const parts = arr?.type === 'array' ? arr.namedChildren.filter((c): c is Node => !!c).map((c) => zodInfo(c, info, depth + 1)) : [];
      res.kind = 'unknown';
      res.constrained = parts.length > 0 && parts.every((p) => p.constrained);
      break;
    }
    default:
      return unknown;
  }
  if (mods.has('passthrough') && res.kind === 'object') res.weak = 'a passthrough object lets unknown keys through unvalidated';
  return res;
}

/** Properties of a zod shape `{ a: z.string(), ... }` or `z.object({...})`. */
export function shapeProps(n: Node | null | undefined, info: ModuleInfo, depth = 0): { props: Node[]; obj?: Node; weak?: string; info?: ModuleInfo } {
  const e = unwrap(n);
  if (!e || depth > 5) return { props: [] };
  if (e.type === 'identifier') {
    const init = info.consts.get(e.text);
    if (init) return shapeProps(init, info, depth + 1);
    // A shape or schema exported by another module of the project (`schemas.ts`).
    const imp = info.importedConst?.(e.text);
    return imp ? { info: imp.info, ...shapeProps(imp.node, imp.info, depth + 1) } : { props: [] };
  }
  // schemas.aliasShape (`import * as schemas from "./schemas.js"`)
  if (e.type === 'member_expression' && e.childForFieldName('object')?.type === 'identifier' && info.relImports.get(e.childForFieldName('object')!.text)?.name === '*') {
    const imp = info.importedConst?.(e.childForFieldName('object')!.text, e.childForFieldName('property')?.text);
    if (imp) return { info: imp.info, ...shapeProps(imp.node, imp.info, depth + 1) };
  }
  if (e.type === 'member_expression' && e.childForFieldName('property')?.text === 'shape') return shapeProps(e.childForFieldName('object'), info, depth + 1);
  if (e.type === 'object') {
    // Either a zod raw shape or a JSON Schema ({ type: 'object', properties: {...} }).
    // (`properties: z.record(…)` is a zod shape's property of that name, not a JSON Schema's.)
    const props = objectPropValue(e, 'properties');
    if (stringValue(objectPropValue(e, 'type')) === 'object' || unwrap(props)?.type === 'object') {
      const p = unwrap(props);
      return { props: p?.type === 'object' ? p.namedChildren.filter((c): c is Node => !!c && (c.type === 'pair' || c.type === 'shorthand_property_identifier')) : [], obj: e };
    }
    return { props: e.namedChildren.filter((c): c is Node => !!c && (c.type === 'pair' || c.type === 'shorthand_property_identifier')), obj: e };
  }
  if (e.type === 'call_expression') {
    const z = zodInfo(e, info);
    // Find the z.object({...}) at the root of the chain.
    let cur: Node | null = e;
    while (cur && cur.type === 'call_expression') {
      const f: Node | null = cur.childForFieldName('function');
      if (f?.type === 'member_expression' && /^(object|strictObject|looseObject)$/.test(f.childForFieldName('property')?.text ?? '')) {
        const r = shapeProps(callArgs(cur)[0], info, depth + 1);
        return { ...r, weak: z.weak };
      }
      cur = f?.type === 'member_expression' ? unwrap(f.childForFieldName('object')) : null;
    }
  }
  return { props: [] };
}

/** Describes a JSON Schema property object ({ type: 'string', enum: [...] }). */
function jsonSchemaInfo(v: Node | undefined): { kind: ParamKind; constrained: boolean; unbounded: boolean; weak?: string; prefix?: string } {
  const o = unwrap(v);
  if (o?.type !== 'object') return { kind: 'unknown', constrained: false, unbounded: false };
  const type = stringValue(objectPropValue(o, 'type'));
  if (type === 'object' && !objectPropValue(o, 'properties') && !objectPropValue(o, 'patternProperties') && !objectPropValue(o, '$ref') && !objectPropValue(o, 'anyOf') && !objectPropValue(o, 'oneOf') && !objectPropValue(o, 'allOf')) {
    // { type: "object" } (or additionalProperties: true) is the JSON Schema of z.record(z.any()).
    const extra = unwrap(objectPropValue(o, 'additionalProperties'));
    if (!extra || extra.type === 'true') return { kind: 'object', constrained: false, unbounded: false, weak: '`{ type: "object" }` with no properties accepts arbitrary keys and values' };
  }
  if (objectPropValue(o, 'enum') || objectPropValue(o, 'const')) return { kind: 'enum', constrained: true, unbounded: false };
  if (type === 'number' || type === 'integer' || type === 'boolean') return { kind: type === 'boolean' ? 'boolean' : 'number', constrained: true, unbounded: false };
  const pattern = stringValue(objectPropValue(o, 'pattern'));
  if (type === 'string') {
    const strict = pattern !== undefined && isStrictRegex(`/${pattern}/`);
    // pattern "^/..." pins the first character (with no alternative that could start otherwise).
    const first = pattern !== undefined && !pattern.includes('|') ? /^\^(\/|\\\/)/.exec(pattern) : null;
    return { kind: 'string', constrained: strict, unbounded: !strict && !objectPropValue(o, 'maxLength'), ...(first ? { prefix: '/' } : {}) };
  }
  return { kind: (type as ParamKind) ?? 'unknown', constrained: false, unbounded: false };
}

function paramsFrom(shape: { props: Node[]; info?: ModuleInfo }, here: ModuleInfo, json: boolean, weak: WeakSchema[], defName: string): { params: McpParam[]; inputs: HandlerInput[] } {
  const params: McpParam[] = [];
  const inputs: HandlerInput[] = [];
  // The module the shape is written in (another file for an imported shape).
  const info = shape.info ?? here;
  const file = info !== here ? info.mod.file : undefined;
  for (const p of shape.props) {
    const name = propKey(p);
    if (!name) continue;
    const value = p.type === 'pair' ? p.childForFieldName('value') : null;
    const zi = json ? jsonSchemaInfo(value ?? undefined) : zodInfo(value, info);
    params.push({ name, kind: zi.kind, constrained: zi.constrained, unbounded: zi.unbounded, ...(file ? {} : { range: nodeRange(p) }) });
    inputs.push({ name, node: p, constrained: zi.constrained, ...(zi.prefix ? { prefix: zi.prefix } : {}), ...(file ? { file } : {}) });
    const w = (zi as ZodInfo).weak;
    if (w && value) weak.push({ node: value, message: `Input \`${name}\` of \`${defName}\`: ${w}. Every tool argument is chosen by the model; declare the exact shape and bounds you accept.`, definition: defName, ...(file ? { file } : {}) });
  }
  return { params, inputs };
}

function isJsonSchema(n: Node | null | undefined): boolean {
  const e = unwrap(n);
  return e?.type === 'object' && (stringValue(objectPropValue(e, 'type')) === 'object' || unwrap(objectPropValue(e, 'properties'))?.type === 'object');
}

/** Resolves a handler expression to a function node (inline, local, this.method, or imported). */
function resolveHandler(n: Node | undefined, info: ModuleInfo, depth = 0): { fn?: Node; classBody?: Node; importName?: string } {
  const e = unwrap(n);
  if (!e || depth > 3) return {};
  if (e.type === 'call_expression') {
    // withErrors(async (args) => ...) / withAuth(handleX): a wrapper hands the tool's arguments on to the function it wraps.
    const callee = unwrap(e.childForFieldName('function'));
    const isBind = callee?.type === 'member_expression' && callee.childForFieldName('property')?.text === 'bind';
    if (!isBind) {
      for (const a of callArgs(e)) {
        const u = unwrap(a);
        if (!u || (u.type !== 'identifier' && u.type !== 'call_expression' && u.type !== 'member_expression' && !isFunctionNode(u))) continue;
        const r = resolveHandler(u, info, depth + 1);
        if (r.fn || r.importName) return r;
      }
    }
  }
  if (isFunctionNode(e)) return { fn: e, classBody: enclosingClassBody(e) };
  if (e.type === 'identifier') {
    const f = info.functions.get(e.text);
    if (f) return { fn: f };
    if (info.relImports.has(e.text)) return { importName: e.text };
    return {};
  }
  // this.handleX.bind(this) / this.handleX
  let m: Node | null = e;
  if (m.type === 'call_expression') m = unwrap(m.childForFieldName('function'));
  if (m?.type === 'member_expression' && m.childForFieldName('property')?.text === 'bind') m = unwrap(m.childForFieldName('object'));
  if (m?.type === 'member_expression' && m.childForFieldName('object')?.type === 'this') {
    const name = m.childForFieldName('property')?.text;
    const body = enclosingClassBody(e);
    if (body && name) {
      for (const c of body.namedChildren) {
        if (c?.type === 'method_definition' && c.childForFieldName('name')?.text === name) return { fn: c, classBody: body };
        if (c && /field_definition/.test(c.type) && (c.childForFieldName('name') ?? c.childForFieldName('property'))?.text === name) {
          const v = unwrap(c.childForFieldName('value'));
          if (v && isFunctionNode(v)) return { fn: v, classBody: body };
        }
      }
    }
  }
  // h.startTimer with `const h = makeHandlers(deps)` (or an object of handlers, here or imported):
  // resolved by the evaluator, which can follow the factory.
  if (m?.type === 'member_expression') {
    const obj = unwrap(m.childForFieldName('object'));
    const prop = m.childForFieldName('property')?.text;
    if (obj?.type === 'identifier' && prop && /^[A-Za-z_$][\w$]*$/.test(prop) && (info.consts.has(obj.text) || info.relImports.has(obj.text) || info.classes.has(obj.text))) return { importName: `${obj.text}.${prop}` };
  }
  return {};
}

/**
 * The class body around a node. `parent` costs a walk from the root in tree-sitter, so walking
 * up a deeply nested tree is quadratic: only files whose text has a `class` keyword walk, and
 * not more than 64 levels.
 */
export function enclosingClassBody(n: Node): Node | undefined {
  if (!hasClassKeyword(n)) return undefined;
  let steps = 0;
  for (let p = n.parent; p && steps < 64; p = p.parent, steps++) if (p.type === 'class_body') return p;
  return undefined;
}

const classKeyword = new WeakMap<object, boolean>();
function hasClassKeyword(n: Node): boolean {
  let has = classKeyword.get(n.tree);
  if (has === undefined) {
    has = /\bclass\b/.test(n.tree.rootNode.text);
    classKeyword.set(n.tree, has);
  }
  return has;
}

function templateVars(n: Node | undefined, info: ModuleInfo): { vars: string[]; node?: Node } {
  const e = unwrap(n);
  if (!e) return { vars: [] };
  let uri: string | undefined;
  let node: Node | undefined;
  if (e.type === 'new_expression' && /ResourceTemplate$/.test(e.childForFieldName('constructor')?.text ?? '')) {
    node = callArgs(e)[0];
    uri = stringValue(node);
  } else if (e.type === 'identifier') {
    const init = info.consts.get(e.text);
    if (init) return templateVars(init, info);
  } else {
    uri = stringValue(e);
    node = e;
  }
  if (!uri) return { vars: [], node };
  const vars: string[] = [];
  for (const m of uri.matchAll(/\{[+#./;?&]?([A-Za-z0-9_]+)\*?(?:,[A-Za-z0-9_]+)*\}/g)) vars.push(m[1]);
  return { vars, node };
}

/** One registration the analysis can redo or reuse on its own: a call or a tool object. */
export interface Unit {
  anchor: Node;
  /** Offset of the method name (calls) or handler key (tool objects) the unit was found from. */
  hook: number;
  kind: 'call' | 'object';
  discover(): { handlers: DiscoveredHandler[]; weak: WeakSchema[] };
}

/** Registrations in the file (or in [from, to)): calls first, then tool objects, in text order. */
export function discoverUnits(ctx: AnalysisContext, info: ModuleInfo, from = 0, to = ctx.text.length): Unit[] {
  const units: Unit[] = candidateCalls(ctx, from, to).map(({ call, hook }) => ({ anchor: call, hook, kind: 'call' as const, discover: () => discoverCall(call, info) }));
  for (const t of toolObjectCandidates(ctx, from, to)) units.push({ anchor: t.obj, hook: t.hook, kind: 'object', discover: () => toolObject(t.obj, t.fn, info) });
  return units;
}

/** Discovery of everything at once (tests, tools that do not cache). */
export function discover(ctx: AnalysisContext, info: ModuleInfo): { handlers: DiscoveredHandler[]; weak: WeakSchema[] } {
  const handlers: DiscoveredHandler[] = [];
  const weak: WeakSchema[] = [];
  for (const u of discoverUnits(ctx, info)) {
    const r = u.discover();
    handlers.push(...r.handlers);
    weak.push(...r.weak);
  }
  return { handlers, weak };
}

function discoverCall(call: Node, info: ModuleInfo): { handlers: DiscoveredHandler[]; weak: WeakSchema[] } {
  const handlers: DiscoveredHandler[] = [];
  const weak: WeakSchema[] = [];
  const f = call.childForFieldName('function')!;
  const method = f.childForFieldName('property')!.text;
  const args = callArgs(call);
  const last = args[args.length - 1];
  if (method === 'setRequestHandler') {
    const schema = args[0]?.text ?? '';
    if (/CallToolRequestSchema/.test(schema)) {
      const h = resolveHandler(last, info);
      const def = mkDef('tool', 'CallTool handler', 'ts-sdk-low-level', call, args[0], []);
      handlers.push({ def, fn: h.fn, argShape: 'low-level', inputs: [], classBody: h.classBody, importName: h.importName, registration: call });
      if (h.fn) lowLevelWeak(h.fn, weak, info);
    } else if (/ListToolsRequestSchema/.test(schema)) listToolsSchemas(call, info, handlers, weak);
    return { handlers, weak };
  }
  if (method === 'addTool' || method === 'addPrompt' || method === 'addResourceTemplate' || method === 'addResource') {
    // fastmcp: addTool({ name, description, parameters, execute })
    const cfg = unwrap(args[0]);
    if (cfg?.type !== 'object') return { handlers, weak };
    const nameNode = objectPropValue(cfg, 'name') ?? objectPropValue(cfg, 'uriTemplate') ?? objectPropValue(cfg, 'uri');
    const name = stringValue(nameNode) ?? nameNode?.text ?? method;
    const kind: DefinitionKind = method === 'addTool' ? 'tool' : method === 'addPrompt' ? 'prompt' : 'resource';
    const exec = objectPropValue(cfg, method === 'addTool' ? 'execute' : 'load');
    let params: McpParam[] = [];
    let inputs: HandlerInput[] = [];
    if (method === 'addTool') {
      const sh = shapeProps(objectPropValue(cfg, 'parameters'), info);
      if (sh.weak) weak.push({ node: objectPropValue(cfg, 'parameters')!, message: `Parameters of \`${name}\`: ${sh.weak}.`, definition: name });
      ({ params, inputs } = paramsFrom(sh, info, false, weak, name));
      const pz = zodInfo(objectPropValue(cfg, 'parameters'), info);
      if (pz.kind === 'any' && pz.weak) weak.push({ node: objectPropValue(cfg, 'parameters')!, message: `Parameters of \`${name}\`: ${pz.weak}.`, definition: name });
    } else {
      const argList = unwrap(objectPropValue(cfg, 'arguments'));
      for (const a of argList?.namedChildren ?? []) {
        const n = stringValue(objectPropValue(a ?? undefined, 'name'));
        if (n && a) {
          const constrained = !!objectPropValue(a, 'enum');
          params.push({ name: n, kind: constrained ? 'enum' : 'string', constrained, unbounded: !constrained, range: nodeRange(a) });
          inputs.push({ name: n, node: a, constrained });
        }
      }
      if (method === 'addResource') inputs = [];
    }
    const h = resolveHandler(exec ?? undefined, info);
    const def = mkDef(kind, name, 'fastmcp-ts', call, nameNode ?? call, params);
    def.description = stringValue(objectPropValue(cfg, 'description'));
    handlers.push({ def, fn: h.fn, argShape: 'args', inputs, classBody: h.classBody, importName: h.importName, registration: call });
    return { handlers, weak };
  }
  // TS SDK high-level: name first, handler last.
  const nameNode = args[0];
  const name = stringValue(nameNode);
  if (!nameNode || !last || args.length < 2) return { handlers, weak };
  const handlerExpr = unwrap(last);
  if (!handlerExpr || !(isFunctionNode(handlerExpr) || handlerExpr.type === 'identifier' || handlerExpr.type === 'call_expression' || handlerExpr.type === 'member_expression')) return { handlers, weak };
  if (name === undefined && nameNode.type !== 'identifier' && nameNode.type !== 'member_expression') return { handlers, weak };
  const defName = name ?? nameNode.text;
  const middle = args.slice(1, -1);
  const kind: DefinitionKind = /tool/i.test(method) ? 'tool' : /resource/i.test(method) ? 'resource' : 'prompt';
  let params: McpParam[] = [];
  let inputs: HandlerInput[] = [];
  let description: string | undefined;
  let argShape: DiscoveredHandler['argShape'] = 'args';
  let annotations: Record<string, string> | undefined;
  if (method === 'registerTool' || method === 'registerPrompt') {
    const cfg = unwrap(middle[0]);
    if (cfg?.type === 'object') {
      description = stringValue(objectPropValue(cfg, 'description'));
      const schemaNode = objectPropValue(cfg, method === 'registerTool' ? 'inputSchema' : 'argsSchema');
      if (schemaNode) {
        const sh = shapeProps(schemaNode, info);
        if (sh.weak) weak.push({ node: schemaNode, message: `Input schema of \`${defName}\`: ${sh.weak}.`, definition: defName });
        const whole = zodInfo(schemaNode, info);
        if (whole.kind === 'any' && whole.weak) weak.push({ node: schemaNode, message: `Input schema of \`${defName}\`: ${whole.weak}.`, definition: defName });
        ({ params, inputs } = paramsFrom(sh, info, isJsonSchema(schemaNode), weak, defName));
      }
      annotations = readAnnotations(objectPropValue(cfg, 'annotations'));
    }
  } else if (method === 'tool' || method === 'prompt') {
    for (const m of middle) {
      const u = unwrap(m);
      if (!u) continue;
      const s = stringValue(u);
      if (s !== undefined) {
        description ??= s;
        continue;
      }
      const isAnnotations = u.type === 'object' && u.namedChildren.length > 0 && u.namedChildren.every((c) => !c || c.type === 'comment' || /Hint$|^title$/.test(propKey(c) ?? ''));
      if (isAnnotations || (u.type === 'object' && params.length > 0)) annotations = readAnnotations(u);
      else if (params.length === 0 && (u.type === 'object' || u.type === 'identifier' || u.type === 'call_expression' || u.type === 'member_expression')) {
        ({ params, inputs } = paramsFrom(shapeProps(u, info), info, false, weak, defName));
      }
    }
  } else {
    // resource(name, uriOrTemplate, [metadata], handler) / registerResource(name, template, metadata, handler)
    const tv = templateVars(middle[0], info);
    argShape = 'resource';
    for (const v of tv.vars) {
      params.push({ name: v, kind: 'string', constrained: false, unbounded: true, range: tv.node ? nodeRange(tv.node) : undefined });
      inputs.push({ name: v, node: tv.node ?? call, constrained: false });
    }
    const meta = unwrap(middle[1]);
    if (meta?.type === 'object') description = stringValue(objectPropValue(meta, 'description'));
  }
  const h = resolveHandler(last, info);
  const def = mkDef(kind, defName, 'ts-sdk', call, nameNode, params);
  def.description = description;
  if (annotations) def.annotations = annotations;
  handlers.push({ def, fn: h.fn, argShape, inputs, classBody: h.classBody, importName: h.importName, registration: call });
  return { handlers, weak };
}

const HANDLER_KEY_RE = /(^|[\s,{])(?:async\s+)?(handler|execute|run|callback|handle|call|fn|invoke|impl|action)\s*[:(]/g;

/**
 * Tool definitions kept as objects and registered in a loop:
 * `{ name: "read_file", description, inputSchema, handler: async (args) => … }`.
 */
const REGISTRATION_METHOD = /^(tool|registerTool|resource|registerResource|prompt|registerPrompt|addTool|addResource|addResourceTemplate|addPrompt)$/;

/**
 * Tool definitions kept as objects and registered in a loop:
 * `{ name: "read_file", description, inputSchema, handler: async (args) => … }`.
 */
function toolObjectCandidates(ctx: AnalysisContext, from = 0, to = ctx.text.length): { obj: Node; fn: Node; hook: number }[] {
  // Files of an MCP project, or modules that define tool objects with a schema (tools/*.ts).
  if (!/modelcontextprotocol|fastmcp|McpServer|inputSchema|CallToolRequest/.test(ctx.text) && !(/\b(schema|parameters|argsSchema|input_schema|shape)\s*:/.test(ctx.text) && /from ["']zod["']|require\(["']zod["']\)/.test(ctx.text))) return [];
  const out: { obj: Node; fn: Node; hook: number }[] = [];
  // Only up to `to` (plus room for a match that starts before it): the keystroke path asks for
  // one registration, and a search from there would otherwise run on to the next match or the
  // end of a 5,000-line file on every keystroke.
  const text = to < ctx.text.length ? ctx.text.slice(0, Math.min(ctx.text.length, to + 256)) : ctx.text;
  HANDLER_KEY_RE.lastIndex = from;
  for (let m = HANDLER_KEY_RE.exec(text); m && m.index < to; m = HANDLER_KEY_RE.exec(text)) {
    const keyAt = m.index + m[0].indexOf(m[2], m[1].length);
    const key = ctx.root.descendantForIndex(keyAt, keyAt + m[2].length);
    if (key?.type !== 'property_identifier') continue;
    const owner = key.parent;
    let fn: Node | null = null;
    if (owner?.type === 'method_definition') fn = owner;
    else if (owner?.type === 'pair') {
      const v = unwrap(owner.childForFieldName('value'));
      if (v && (v.type === 'arrow_function' || v.type === 'function_expression' || v.type === 'function')) fn = v;
    }
    const obj = owner?.parent;
    if (!fn || obj?.type !== 'object' || (!objectPropValue(obj, 'name') && !keyedToolName(obj))) continue;
    // addTool({ ... }) objects are registration calls already.
    const call = obj.parent?.type === 'arguments' ? obj.parent.parent : null;
    const callee = call?.type === 'call_expression' ? call.childForFieldName('function') : null;
    if (callee?.type === 'member_expression' && REGISTRATION_METHOD.test(callee.childForFieldName('property')?.text ?? '')) continue;
    out.push({ obj, fn, hook: keyAt });
  }
  return out;
}

/** Schema keys of a tool object. */
const TOOL_SCHEMA_KEYS = ['inputSchema', 'parameters', 'schema', 'input_schema', 'argsSchema', 'shape'];

/**
 * A tool object without a `name`, kept under its name in a registry object
 * (`{ [`get_${entity}`]: { description, shape, handler } }`): the key (its text), when the object
 * looks like a tool definition (a description and a schema).
 */
function keyedToolName(obj: Node): { node: Node; name: string } | undefined {
  const pair = obj.parent;
  if (pair?.type !== 'pair' || !pair.childForFieldName('value')?.equals(obj)) return undefined;
  if (!objectPropValue(obj, 'description') || !TOOL_SCHEMA_KEYS.some((k) => objectPropValue(obj, k))) return undefined;
  const key = pair.childForFieldName('key');
  if (!key) return undefined;
  const inner = key.type === 'computed_property_name' ? unwrap(key.namedChildren[0]) : key;
  const name = inner ? (stringValue(inner) ?? (inner.type === 'template_string' ? inner.text.slice(1, -1) : inner.type === 'property_identifier' ? inner.text : undefined)) : undefined;
  return inner && name ? { node: inner, name } : undefined;
}

function toolObject(obj: Node, fn: Node, info: ModuleInfo): { handlers: DiscoveredHandler[]; weak: WeakSchema[] } {
  const handlers: DiscoveredHandler[] = [];
  const weak: WeakSchema[] = [];
  const keyed = objectPropValue(obj, 'name') ? undefined : keyedToolName(obj);
  const nameNode = keyed?.node ?? objectPropValue(obj, 'name');
  const name = keyed?.name ?? stringValue(nameNode);
  // { name, config: { description, inputSchema }, handler }: the registration options nested.
  const nested = unwrap(['config', 'options', 'meta', 'definition', 'spec'].map((k) => objectPropValue(obj, k)).find((v) => unwrap(v)?.type === 'object'));
  const holders = nested ? [obj, nested] : [obj];
  const schemaNode = holders.flatMap((o) => TOOL_SCHEMA_KEYS.map((k) => objectPropValue(o, k))).find((v) => !!v);
  const descNode = holders.map((o) => objectPropValue(o, 'description')).find((v) => !!v);
  if (!name || !nameNode || (!schemaNode && !descNode)) return { handlers, weak };
  const sh = schemaNode ? shapeProps(schemaNode, info) : { props: [] };
  const { params, inputs } = paramsFrom(sh, info, isJsonSchema(schemaNode), weak, name);
  const def = mkDef('tool', name, 'ts-sdk', obj, nameNode, params);
  def.description = stringValue(descNode);
  handlers.push({ def, fn, argShape: 'args', inputs, classBody: enclosingClassBody(fn), registration: obj });
  return { handlers, weak };
}


function readAnnotations(n: Node | null | undefined): Record<string, string> | undefined {
  const o = unwrap(n);
  if (o?.type !== 'object') return undefined;
  const out: Record<string, string> = {};
  for (const c of o.namedChildren) {
    if (c?.type !== 'pair') continue;
    const k = propKey(c);
    const v = c.childForFieldName('value');
    if (k && v) out[k] = stringValue(v) ?? v.text;
  }
  return out;
}

function mkDef(kind: DefinitionKind, name: string, framework: Framework, call: Node, nameNode: Node, params: McpParam[]): McpDefinition {
  return { kind, name, framework, params, range: nodeRange(call), nameRange: nodeRange(nameNode) };
}

/** Low-level ListTools handler: each `{ name, description, inputSchema }` literal is a tool. */
function listToolsSchemas(call: Node, info: ModuleInfo, handlers: DiscoveredHandler[], weak: WeakSchema[]): void {
  const visit = (n: Node, depth: number) => {
    if (depth > 40) return;
    if (n.type === 'object') {
      const nameNode = objectPropValue(n, 'name');
      const schema = objectPropValue(n, 'inputSchema');
      const name = stringValue(nameNode);
      if (name && schema && nameNode) {
        const s = unwrap(schema);
        const sh = shapeProps(schema, info);
        const { params } = paramsFrom(sh, info, isJsonSchema(schema), weak, name);
        // `properties: {}` declares a tool without arguments; only a missing list (or extra keys allowed) accepts anything.
        if (s?.type === 'object' && stringValue(objectPropValue(s, 'type')) === 'object' && sh.props.length === 0 && (!objectPropValue(s, 'properties') || unwrap(objectPropValue(s, 'additionalProperties'))?.type === 'true')) {
          weak.push({ node: schema, message: `Input schema of \`${name}\` is \`{ type: "object" }\` with no properties, so any arguments are accepted. Declare the properties, their types and bounds, and \`additionalProperties: false\`.`, definition: name });
        }
        const def = mkDef('tool', name, 'ts-sdk-low-level', n, nameNode, params);
        def.description = stringValue(objectPropValue(n, 'description'));
        handlers.push({ def, argShape: 'low-level', inputs: [] });
        return;
      }
    }
    for (const c of n.namedChildren) if (c) visit(c, depth + 1);
  };
  visit(call, 0);
}

/** Callee names that validate what they are given (`Schema.parse`, `ajv.validate`, `assertArgs`, `isSearchArgs`). */
const VALIDATOR_CALLEE = /(?:^|\.)(?:safeParse|parse|parseAsync|safeParseAsync|validate\w*|validateSync|assert\w*|check\w*|decode|is[A-Z]\w*|Validate\w*|Assert\w*)$/;

/**
 * The node a read of the arguments ends up as, through parentheses, casts, `!`, `?? {}` / `|| {}`
 * and one field read (`Schema.parse(request.params.arguments?.filter)` validates that field).
 */
function outerOfRead(n: Node, info: ModuleInfo): Node {
  let cur = n;
  let field = false;
  for (let i = 0; i < 8; i++) {
    const p = cur.parent;
    if (!p) break;
    if (p.type === 'parenthesized_expression' || p.type === 'as_expression' || p.type === 'non_null_expression' || p.type === 'satisfies_expression' || p.type === 'type_assertion') cur = p;
    else if (!field && (p.type === 'member_expression' || p.type === 'subscript_expression') && p.childForFieldName('object')?.id === cur.id && validatedCallArg(outerOfRead(p, info), info)) {
      field = true;
      cur = p;
    }
    else if (p.type === 'binary_expression' && p.childForFieldName('left')?.id === cur.id && /^(\?\?|\|\|)$/.test(p.childForFieldName('operator')?.text ?? '')) cur = p;
    else break;
  }
  return cur;
}

/** Whether `n` is an argument of a call to a validator, or of a helper of this file that passes that parameter to one. */
function validatedCallArg(n: Node, info: ModuleInfo): boolean {
  const args = n.parent;
  if (args?.type !== 'arguments') return false;
  const call = args.parent;
  if (call?.type !== 'call_expression') return false;
  if (VALIDATOR_CALLEE.test(call.childForFieldName('function')?.text ?? '')) return true;
  return validatedInHelper(call, args.namedChildren.findIndex((c) => c?.id === n.id), info);
}

/**
 * `this.readFile(request.params.arguments)` / `handleSearch(request.params.arguments)` where the
 * method of the enclosing class, or the top-level function of this file, passes that parameter
 * straight to a validator (`ReadArgs.parse(args)`).
 */
function validatedInHelper(call: Node, index: number, info: ModuleInfo): boolean {
  const f = unwrap(call.childForFieldName('function'));
  if (!f || index < 0) return false;
  let fn: Node | undefined;
  if (f.type === 'member_expression' && f.childForFieldName('object')?.type === 'this') {
    const name = f.childForFieldName('property')?.text;
    let cls: Node | null = call.parent;
    for (let k = 0; cls && k < 60 && cls.type !== 'class_body'; k++) cls = cls.parent;
    fn = cls?.namedChildren.find((m) => m?.type === 'method_definition' && m.childForFieldName('name')?.text === name) ?? undefined;
  } else if (f.type === 'identifier') {
    // A function of the module (its index, not a walk of the tree: on the keystroke path the
    // tree holds the edited registration only).
    fn = info.functions.get(f.text);
  }
  const params = fn?.childForFieldName('parameters')?.namedChildren.filter((c) => c && c.type !== 'comment') ?? [];
  const p = params[index];
  const id = p?.type === 'identifier' ? p : p?.childForFieldName('pattern');
  const body = fn?.childForFieldName('body');
  if (id?.type !== 'identifier' || !body) return false;
  let found = false;
  const visit = (x: Node, depth: number) => {
    if (found || depth > 30) return;
    if (x.type === 'call_expression' && VALIDATOR_CALLEE.test(x.childForFieldName('function')?.text ?? '')) {
      if (x.childForFieldName('arguments')?.namedChildren.some((a) => unwrap(a)?.type === 'identifier' && unwrap(a)!.text === id.text)) found = true;
    }
    for (const c of x.namedChildren) if (c) visit(c, depth + 1);
  };
  visit(body, 0);
  return found;
}

/**
 * Raw `request.params.arguments` used without validating it against a schema. A read is
 * validated when it goes straight into a validator (`Args.parse(request.params.arguments)`,
 * `z.array(…).parse(request.params.arguments?.filter)`) or into a variable the handler passes to
 * one. One finding per tool branch (`if (name === "x")`, `case "x":`) that reads them raw, at its
 * first such read, and one for reads outside any branch.
 */
function lowLevelWeak(fn: Node, weak: WeakSchema[], info: ModuleInfo): void {
  const body = fn.childForFieldName('body');
  if (!body) return;
  const reads: { node: Node; name?: string }[] = [];
  const validated = new Set<string>();
  const visit = (n: Node, depth: number) => {
    if (depth > 60) return;
    if (n.type === 'member_expression' && n.childForFieldName('property')?.text === 'arguments' && /params$/.test(n.childForFieldName('object')?.text ?? '')) {
      const outer = outerOfRead(n, info);
      if (!validatedCallArg(outer, info)) {
        const decl = outer.parent;
        const id = decl?.type === 'variable_declarator' && decl.childForFieldName('value')?.id === outer.id ? decl.childForFieldName('name') : undefined;
        reads.push({ node: n, name: id?.type === 'identifier' ? id.text : undefined });
      }
      return;
    }
    if (n.type === 'pair_pattern' && propKey(n) === 'arguments') {
      const v = n.childForFieldName('value');
      const id = v?.type === 'assignment_pattern' ? v.childForFieldName('left') : v;
      reads.push({ node: n, name: id?.type === 'identifier' ? id.text : undefined });
      return;
    }
    if (n.type === 'shorthand_property_identifier_pattern' && n.text === 'arguments') {
      reads.push({ node: n, name: 'arguments' });
      return;
    }
    if (n.type === 'call_expression' && VALIDATOR_CALLEE.test(n.childForFieldName('function')?.text ?? '')) {
      for (const a of n.childForFieldName('arguments')?.namedChildren ?? []) {
        let x = a;
        while (x && (x.type === 'parenthesized_expression' || x.type === 'as_expression' || x.type === 'non_null_expression')) x = x.namedChildren[0] ?? null;
        if (x?.type === 'identifier') validated.add(x.text);
        else if (x?.type === 'binary_expression' && x.childForFieldName('left')?.type === 'identifier') validated.add(x.childForFieldName('left')!.text);
      }
    }
    for (const c of n.namedChildren) if (c) visit(c, depth + 1);
  };
  visit(body, 0);
  const reported = new Set<number>();
  for (const r of reads) {
    if (r.name && validated.has(r.name)) continue;
    const branch = dispatchBranch(r.node, body);
    const key = branch ? branch.node.id : -1;
    if (reported.has(key)) continue;
    reported.add(key);
    weak.push({ node: r.node, message: `Raw \`request.params.arguments\` is used without validating it against a schema${branch?.tool ? ` (tool \`${branch.tool}\`)` : ''}; its shape and values are whatever the model sends. Parse it with a zod schema (or ajv) first.`, definition: branch?.tool ?? 'CallTool handler' });
  }
}

/** The innermost `if (name === "x")` / `case "x":` around a node of a CallTool handler, and the tool name it answers. */
function dispatchBranch(n: Node, body: Node): { node: Node; tool?: string } | undefined {
  for (let a = n.parent, k = 0; a && a.id !== body.id && k < 40; a = a.parent, k++) {
    if (a.type === 'switch_case') return { node: a, tool: stringValue(a.childForFieldName('value')) };
    if (a.type !== 'if_statement') continue;
    const cond = unwrap(a.childForFieldName('condition'));
    if (cond?.type !== 'binary_expression' || !/^={2,3}$/.test(cond.childForFieldName('operator')?.text ?? '')) continue;
    const conseq = a.childForFieldName('consequence');
    if (!conseq || n.startIndex < conseq.startIndex || n.endIndex > conseq.endIndex) continue;
    const tool = stringValue(cond.childForFieldName('right')) ?? stringValue(cond.childForFieldName('left'));
    if (tool !== undefined) return { node: a, tool };
  }
  return undefined;
}
