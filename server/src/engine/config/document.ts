// An MCP client configuration file read with jsonc-parser (comments and trailing commas allowed)
// into the few things the config rules look at: the servers with their command line, env,
// headers and URL, and the declared inputs. Every value keeps its JSON node, so findings point
// at the exact string in the file. Broken JSON still yields what parsed, plus the errors.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Range } from '../types';

/** `servers` (VS Code: `.vscode/mcp.json`, with `inputs`) or `mcpServers` (Claude, Cursor). */
export type ConfigShape = 'servers' | 'mcpServers';

/** A string value and its node in the file. */
export interface StringValue {
  value: string;
  node: Node;
}

/** One `"KEY": "value"` entry of `env` or `headers`. */
export interface ConfigEntry {
  key: string;
  keyNode: Node;
  /** The value when it is a string (other value types are never secrets). */
  value?: StringValue;
}

export interface ConfigServer {
  name: string;
  shape: ConfigShape;
  /** JSON path of the server object, e.g. ["servers", "github"]. */
  path: (string | number)[];
  node: Node;
  /** `type` ("stdio", "http", "sse"), when a string. */
  type?: string;
  command?: StringValue;
  /** String elements of `args`, with their index in the array. */
  args: (StringValue & { index: number })[];
  env: ConfigEntry[];
  headers: ConfigEntry[];
  /** `url` (or Windsurf's `serverUrl`) and the property it came from. */
  url?: StringValue & { key: string };
}

export interface ConfigDocument {
  text: string;
  root: Node | undefined;
  servers: ConfigServer[];
  /** Ids declared in `inputs` (VS Code shape). */
  inputIds: Set<string>;
  /** The file has a top-level `servers` object (so `inputs` can be added). */
  hasServersShape: boolean;
  parseErrors: { message: string; range: Range }[];
  rangeOf(node: { offset: number; length: number }): Range;
}

/** At most this many syntax errors are reported per file. */
const MAX_PARSE_ERRORS = 20;

const ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected symbol',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: "':' is expected",
  CommaExpected: "',' is expected",
  CloseBraceExpected: "'}' is expected",
  CloseBracketExpected: "']' is expected",
  EndOfFileExpected: 'text after the end of the top-level value',
  InvalidCommentToken: 'invalid comment',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
};

export function parseConfig(text: string): ConfigDocument {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: false, allowTrailingComma: true, allowEmptyContent: true });
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - lineStarts[lo] };
  };
  const rangeOf = (n: { offset: number; length: number }): Range => ({ start: position(n.offset), end: position(n.offset + n.length) });

  const doc: ConfigDocument = {
    text,
    root,
    servers: [],
    inputIds: new Set(),
    hasServersShape: false,
    parseErrors: [],
    rangeOf,
  };
  const seen = new Set<string>();
  for (const e of errors) {
    // jsonc-parser can report the same error twice at one place (recovering in nested values).
    const key = `${e.error}:${e.offset}`;
    if (seen.has(key)) continue;
    seen.add(key);
    doc.parseErrors.push({ message: ERROR_TEXT[printParseErrorCode(e.error)] ?? 'invalid JSON', range: rangeOf({ offset: e.offset, length: Math.max(e.length, 1) }) });
    if (doc.parseErrors.length >= MAX_PARSE_ERRORS) break;
  }
  if (root?.type !== 'object') return doc;

  const collect = (container: Node | undefined, shape: ConfigShape, prefix: (string | number)[]) => {
    if (container?.type !== 'object') return;
    if (shape === 'servers') doc.hasServersShape = true;
    for (const [name, , node] of properties(container)) {
      if (node.type === 'object') doc.servers.push(readServer(name, shape, [...prefix, name], node));
    }
  };
  collect(property(root, 'servers'), 'servers', ['servers']);
  collect(property(root, 'mcpServers'), 'mcpServers', ['mcpServers']);
  // A VS Code settings-style `"mcp": { "servers": … }` block.
  const mcp = property(root, 'mcp');
  if (mcp?.type === 'object') collect(property(mcp, 'servers'), 'servers', ['mcp', 'servers']);

  const inputs = property(root, 'inputs');
  if (inputs?.type === 'array') {
    for (const input of inputs.children ?? []) {
      const id = input.type === 'object' ? property(input, 'id') : undefined;
      if (id?.type === 'string') doc.inputIds.add(String(id.value));
    }
  }
  return doc;
}

function readServer(name: string, shape: ConfigShape, path: (string | number)[], node: Node): ConfigServer {
  const server: ConfigServer = { name, shape, path, node, args: [], env: [], headers: [] };
  const type = property(node, 'type');
  if (type?.type === 'string') server.type = String(type.value);
  server.command = stringValue(property(node, 'command'));
  const args = property(node, 'args');
  if (args?.type === 'array') {
    (args.children ?? []).forEach((a, index) => {
      if (a.type === 'string') server.args.push({ value: String(a.value), node: a, index });
    });
  }
  server.env = entries(property(node, 'env'));
  server.headers = entries(property(node, 'headers'));
  for (const key of ['url', 'serverUrl']) {
    const url = stringValue(property(node, key));
    if (url) {
      server.url = { ...url, key };
      break;
    }
  }
  return server;
}

function entries(obj: Node | undefined): ConfigEntry[] {
  if (obj?.type !== 'object') return [];
  return properties(obj).map(([key, keyNode, value]) => ({ key, keyNode, value: stringValue(value) }));
}

function stringValue(n: Node | undefined): StringValue | undefined {
  return n?.type === 'string' ? { value: String(n.value), node: n } : undefined;
}

/** The properties of an object node as [name, key node, value node]; later duplicates win, as in JSON.parse. */
function properties(obj: Node): [string, Node, Node][] {
  const out = new Map<string, [string, Node, Node]>();
  for (const p of obj.children ?? []) {
    const [k, v] = p.children ?? [];
    if (p.type !== 'property' || k?.type !== 'string' || !v) continue;
    const key = String(k.value);
    out.delete(key);
    out.set(key, [key, k, v]);
  }
  return [...out.values()];
}

function property(obj: Node, name: string): Node | undefined {
  let found: Node | undefined;
  for (const p of obj.children ?? []) {
    const [k, v] = p.children ?? [];
    if (p.type === 'property' && k?.type === 'string' && k.value === name && v) found = v;
  }
  return found;
}
