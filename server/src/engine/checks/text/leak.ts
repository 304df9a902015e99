// Does a value reach the MCP client? Walks up from an expression through the ways a tool result
// or error is built (string building, formatting calls, objects/lists, error constructors) to a
// `return`, `throw` or `raise`, following one local variable at a time. Logging calls and
// anything else stop the walk: their result is not what the client receives.
import type { Node } from 'web-tree-sitter';
import { calleeName, calleeText, upFrom } from './util';

/** Calls whose result still carries their argument's text. */
const FORMAT_CALL = /^(?:(?:\w+\.)?ErrorData|String|JSON\.stringify|(?:util\.)?inspect|(?:util\.)?format|str|repr|dict|list|tuple|json\.dumps|(?:pprint\.)?pformat|(?:types\.)?TextContent|(?:\w+\.)?McpError|Error|TypeError|RangeError|(?:\w+\.)?ToolError|(?:\w+\.)?ResourceError|(?:\w+\.)?PromptError|ValueError|RuntimeError|Exception|(?:\w+\.)?HTTPException|Object\.(?:entries|assign|fromEntries)|Array\.from|CallToolResult|(?:types\.)?CallToolResult)$/;
/** Methods whose result still carries the receiver's or argument's text. */
const FORMAT_METHOD = /^(?:toString|join|concat|format|trim|strip|slice|substring|replace|split|splitlines|toUpperCase|toLowerCase|upper|lower|entries|items|keys|values|copy)$/;
/** Pass-through node types: the value is part of what they build. */
const CARRY = new Set([
  'arguments', 'argument_list', 'template_string', 'template_substitution', 'string', 'interpolation', 'binary_expression',
  'binary_operator', 'parenthesized_expression', 'pair', 'object', 'array', 'list', 'dictionary', 'tuple', 'set', 'keyword_argument',
  'spread_element', 'dictionary_splat', 'list_splat', 'conditional_expression', 'ternary_expression', 'concatenated_string',
  'await_expression', 'await', 'as_expression', 'satisfies_expression', 'non_null_expression', 'formatted_string', 'format_expression',
  'expression_list', 'shorthand_property_identifier', 'sequence_expression',
]);

export interface LeakSink {
  /** The return / throw / raise statement. */
  sink: Node;
}

/** Whether a call that is not a known formatting call still carries its argument `arg` (a project helper that returns it). */
export type Through = (call: Node, arg: Node) => boolean;

/**
 * Whether `from` (an expression inside `scope`) reaches a return / throw / raise of `scope`'s
 * function. `depth` bounds how many local variables are followed.
 */
export function reachesClient(from: Node, scope: Node, depth = 0, through?: Through): LeakSink | undefined {
  let prev = from;
  for (const a of upFrom(from.parent, 16)) {
    if (a.startIndex < scope.startIndex || a.endIndex > scope.endIndex) return undefined;
    const t = a.type;
    if (t === 'return_statement' || t === 'throw_statement' || t === 'raise_statement' || t === 'yield_expression' || t === 'yield') return { sink: a };
    // An arrow's expression body is its return value (a callback's only when it is the scope: promise .catch).
    if (t === 'arrow_function') return a.childForFieldName('body')?.equals(prev) && (a.parent?.type !== 'arguments' || a.equals(scope)) ? { sink: a } : undefined;
    if (t === 'call_expression' || t === 'call' || t === 'new_expression') {
      const fn = a.childForFieldName('function') ?? a.childForFieldName('constructor');
      if (fn && (fn.equals(prev) || fn.startIndex <= prev.startIndex && prev.endIndex <= fn.endIndex)) {
        // A method called on the value: `err.message.trim()`, `str(e).replace(...)`.
        if (!FORMAT_METHOD.test(calleeName(a))) return undefined;
      } else {
        const callee = t === 'new_expression' ? (fn?.text ?? '') : calleeText(a);
        const method = calleeName(a);
        // errors.push(String(e)) / lines.append(f"{e}"): the list carries it on.
        const recv = fn?.childForFieldName('object');
        if (/^(?:push|append|extend|unshift|insert|add)$/.test(method) && recv?.type === 'identifier' && depth < 2) {
          return followVariable(recv.text, a.endIndex, scope, depth + 1, through);
        }
        if (!FORMAT_CALL.test(callee) && !FORMAT_METHOD.test(method) && !(through && carried(a, prev, from, through))) return undefined;
      }
      prev = a;
      continue;
    }
    if (t === 'member_expression' || t === 'attribute' || t === 'subscript' || t === 'subscript_expression') {
      // `err.stack.split("\n")[0]`: still error text; `something[err]` is not.
      const obj = a.childForFieldName('object') ?? a.childForFieldName('value');
      if (!obj || !(obj.equals(prev) || (obj.startIndex <= prev.startIndex && prev.endIndex <= obj.endIndex))) return undefined;
      prev = a;
      continue;
    }
    if (t === 'variable_declarator' || t === 'assignment' || t === 'assignment_expression' || t === 'augmented_assignment') {
      if (depth >= 2) return undefined;
      const name = (a.childForFieldName('name') ?? a.childForFieldName('left'));
      const value = a.childForFieldName('value') ?? a.childForFieldName('right');
      if (!name || !value || !(value.equals(prev) || (value.startIndex <= prev.startIndex && prev.endIndex <= value.endIndex))) return undefined;
      if (name.type !== 'identifier') return undefined;
      return followVariable(name.text, a.endIndex, scope, depth + 1, through);
    }
    if (CARRY.has(t)) {
      // A ternary's condition is not its value.
      if ((t === 'conditional_expression' || t === 'ternary_expression') && (a.childForFieldName('condition')?.equals(prev) ?? false)) return undefined;
      prev = a;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** A project helper called with the value (in its argument list `args`) returns it. */
function carried(call: Node, args: Node, from: Node, through: Through): boolean {
  if (args.type !== 'arguments' && args.type !== 'argument_list') return false;
  const arg = args.namedChildren.find((c) => !!c && c.startIndex <= from.startIndex && from.endIndex <= c.endIndex);
  return !!arg && through(call, arg);
}

/** Later uses of a local variable in scope that reach the client. */
function followVariable(name: string, after: number, scope: Node, depth: number, through?: Through): LeakSink | undefined {
  const text = scope.text;
  let i = after - scope.startIndex;
  for (let k = 0; k < 20; k++) {
    i = text.indexOf(name, i);
    if (i < 0) return undefined;
    const before = text.charCodeAt(i - 1);
    const afterC = text.charCodeAt(i + name.length);
    const word = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
    if (!word(before) && !word(afterC)) {
      const n = scope.namedDescendantForIndex(scope.startIndex + i);
      if (n && (n.type === 'identifier' || n.type === 'shorthand_property_identifier') && n.text === name) {
        const r = reachesClient(n, scope, depth, through);
        if (r) return r;
      }
    }
    i += name.length;
  }
  return undefined;
}
