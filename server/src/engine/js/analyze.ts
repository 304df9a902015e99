import type { Node } from 'web-tree-sitter';
import { nodeRange, type AnalysisContext } from '../context';
import { getRule } from '../rules';
import { CLEAN, sourceVal, type Val } from '../taint';
import { discover, type DiscoveredHandler } from './discover';
import { JsEvaluator, type RawTaint } from './eval';
import { buildModuleInfo } from './module';

export function analyzeJs(ctx: AnalysisContext): void {
  const info = buildModuleInfo({ file: ctx.file, lang: ctx.lang, text: ctx.text, tree: ctx.root.tree }, ctx);
  const { handlers, weak } = discover(ctx, info);
  for (const h of handlers) ctx.definitions.push(h.def);
  const weakRule = getRule('weak-input-schema')!;
  for (const w of weak) {
    ctx.findings.push({
      ruleId: weakRule.meta.id,
      severity: weakRule.meta.severity,
      message: w.message,
      file: ctx.file,
      range: nodeRange(w.node),
      flow: [],
      definition: w.definition,
    });
  }
  if (handlers.length === 0) return;
  const ev = new JsEvaluator(ctx, info);
  for (const h of handlers) {
    if (h.fn) ev.runHandler(h.fn, handlerArgs(h, ctx, h.fn), h.def.name, h.classBody);
    else if (h.importName) {
      const imp = ev.resolveImport(h.importName);
      if (imp && h.registration) ev.runHandler(imp.fn, handlerArgs(h, ctx, h.registration), h.def.name, undefined, imp.info, h.registration);
    }
  }
}

function rawArgs(def: string, ctx: AnalysisContext, h: DiscoveredHandler, at: Node, label = 'arguments'): Val {
  const props = new Map<string, Val>();
  for (const input of h.inputs) {
    props.set(input.name, input.constrained ? CLEAN : sourceVal(input.name, def, ctx.file, input.node));
  }
  const node = at.childForFieldName('parameters') ?? at;
  const raw: RawTaint = {
    param: label,
    definition: def,
    safe: 0,
    raw: true,
    steps: [{ file: ctx.file, range: nodeRange(node), message: `tool arguments (chosen by the model)` }],
  };
  return { t: raw, props };
}

function handlerArgs(h: DiscoveredHandler, ctx: AnalysisContext, at: Node): Val[] {
  const def = h.def.name;
  switch (h.argShape) {
    case 'args':
      return [rawArgs(def, ctx, h, at), CLEAN];
    case 'resource': {
      if (h.inputs.length === 0) return [CLEAN, CLEAN, CLEAN];
      const uri = sourceVal('uri', def, ctx.file, at, 0, 'resource URI (chosen by the client/model)');
      return [uri, rawArgs(def, ctx, h, at, 'variables'), CLEAN];
    }
    case 'low-level': {
      const args = rawArgs(def, ctx, h, at);
      const params: Val = { props: new Map([['arguments', args], ['name', CLEAN]]) };
      return [{ props: new Map([['params', params]]) }, CLEAN];
    }
  }
}
