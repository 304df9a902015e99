// Template engines used by the report renderer.
import vm from "node:vm";
import _ from "lodash";
import Mustache from "mustache";
import Handlebars from "handlebars";

export function renderLodash(template, data) {
  // ruleid: tool-input-to-eval
  const compiled = _.template(template);
  return compiled(data);
}

export function renderTemplateLiteral(template, data) {
  // ruleid: tool-input-to-eval
  const fn = new Function("data", "with (data) { return `" + template + "`; }");
  return fn(data);
}

export function renderMustache(template, data) {
  // ok: tool-input-to-eval
  return Mustache.render(template, data);
}

export function renderHandlebars(template, data) {
  // ok: tool-input-to-eval
  const compiled = Handlebars.compile(template, { noEscape: false, strict: true });
  return compiled(data);
}

export function computeField(expression, row) {
  // ruleid: tool-input-to-eval
  return vm.runInThisContext(`(function (row) { return ${expression}; })`)(row);
}

const FORMATTERS = {
  currency: (v) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(v),
  percent: (v) => `${(v * 100).toFixed(1)} %`,
  date: (v) => new Date(v).toISOString().slice(0, 10),
};

export function format(kind, value) {
  const f = FORMATTERS[kind];
  if (!f) throw new Error(`unknown format ${kind}`);
  return f(value);
}
