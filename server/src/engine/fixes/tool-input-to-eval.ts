// tool-input-to-eval: where the evaluated text is data (a JSON document, a Python literal), a
// parser for data replaces the evaluator:
//   eval(payload)   → JSON.parse(payload)
//   eval(data)      → ast.literal_eval(data)      (Python; `import ast` added once)
// "Is data" is read from the names: the evaluated value's name says data / JSON / literal /
// config / payload, and nothing on the flow says code, expression, formula or script. Code that
// really evaluates expressions (a calculator) gets no automatic fix — it needs a real parser or an
// allow-list. Never preferred: input the evaluator accepted as code now fails to parse.
import type { Fix, FixContext, TextEdit } from './types';
import { enclosingCall, insertAfterImports, pyImportsModule, replaceNode, unparen } from './util';

const DATA = /(json|data|payload|literal|value|values|list|dict|config|cfg|obj|object|array|items|record|records|params|options|opts|settings|struct|body|doc|document|raw|text|input)$/i;
const CODE = /(expr|expression|code|script|formula|calc|func|fn|lambda|src|source|program|cmd|command|stmt|statement|predicate|condition|cond|filter|template|snippet|query|rule|module|plugin|name|path)/i;

export function evalFixes(fc: FixContext): Fix | undefined {
  const site = enclosingCall(fc.node);
  if (!site || site.index !== 0 || site.args.length !== 1) return undefined;
  const fn = site.call.childForFieldName('function');
  const arg = unparen(fc.node);
  if (!fn || !arg || arg.type !== 'identifier' && arg.type !== 'member_expression' && arg.type !== 'attribute') return undefined;
  const name = arg.text.split('.').pop() ?? '';
  if (!DATA.test(name) || CODE.test(name)) return undefined;
  for (const s of fc.finding.flow) for (const m of s.message.matchAll(/`([^`]+)`/g)) if (CODE.test(m[1]) && !/^(eval|exec)$/.test(m[1])) return undefined;
  if (fc.family === 'ts') {
    if (fn.text !== 'eval' || site.call.type !== 'call_expression') return undefined;
    return { title: `Parse \`${arg.text}\` as JSON instead of evaluating it`, preferred: false, edits: [replaceNode(fn, 'JSON.parse')] };
  }
  if (fn.text !== 'eval' || fc.callee !== 'eval') return undefined;
  const edits: TextEdit[] = [];
  if (!pyImportsModule(fc, 'ast')) edits.push(insertAfterImports(fc, 'import ast'));
  edits.push(replaceNode(fn, 'ast.literal_eval'));
  return { title: `Read \`${arg.text}\` as a Python literal (ast.literal_eval) instead of evaluating it`, preferred: false, edits };
}
