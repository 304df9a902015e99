// Template rendering helpers for deployment manifests.
import ejs from 'ejs';
import Handlebars from 'handlebars';
import yaml from 'js-yaml';
import vm from 'node:vm';
import serialize from 'node-serialize';

export function renderEjs(template, values) {
  // ruleid: tool-input-to-eval
  return ejs.render(template, values, { async: false });
}

export function renderHandlebars(template, values) {
  // ok: tool-input-to-eval
  return Handlebars.compile(template, { noEscape: true, strict: true })(values);
}

export function parseValues(text) {
  // ok: unsafe-deserialization
  return yaml.load(text, { schema: yaml.JSON_SCHEMA });
}

/** Values exported by the old deploy tool with serialize-javascript (functions included). */
export function parseLegacyValues(text) {
  // ruleid: tool-input-to-eval
  return vm.runInNewContext(`(${text})`, {}, { timeout: 500 });
}

export function restoreState(blob) {
  // ruleid: unsafe-deserialization
  return serialize.unserialize(blob);
}
