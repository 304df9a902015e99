// Settings are described once: package.json `contributes.configuration` and the server's
// Settings defaults / parser (server/src/lsp/settings.ts) must agree. The TS module is compiled
// on the fly with esbuild (no build step needed) so the test reads the real values, not a regex.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const properties = pkg.contributes.configuration.properties;

/** Settings read by vscode-languageclient itself, not by the server's Settings. */
// Settings the extension reads itself (the sandbox panel) or hands to the language client.
const isClientOnly = (k) => k === 'mcpWarden.trace.server' || k.startsWith('mcpWarden.sandbox.');
const CLIENT_ONLY = new Set(Object.keys(properties).filter(isClientOnly));

async function loadTs(rel) {
  const out = await esbuild.build({
    entryPoints: [join(root, rel)],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
    // jsonc-parser's UMD entry requires its parts dynamically; its ESM entry bundles.
    mainFields: ['module', 'main'],
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const settingsMod = await loadTs('server/src/lsp/settings.ts');
const { DEFAULT_SETTINGS, RULE_LEVELS, SETTINGS_SECTION, parseSettings } = settingsMod;

function jsonType(v) {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v === 'number' ? 'number' : typeof v;
}

test('every contributed setting has a server default, and the other way round', () => {
  const contributed = Object.keys(properties).filter((k) => !CLIENT_ONLY.has(k));
  for (const key of contributed) {
    assert.ok(key.startsWith(`${SETTINGS_SECTION}.`), `${key} is in the ${SETTINGS_SECTION} section`);
  }
  const fromPkg = contributed.map((k) => k.slice(SETTINGS_SECTION.length + 1)).sort();
  assert.deepEqual(fromPkg, Object.keys(DEFAULT_SETTINGS).sort());
  for (const key of CLIENT_ONLY) assert.ok(properties[key], `${key} is contributed (used by the language client)`);
});

test('defaults and types agree', () => {
  for (const [name, value] of Object.entries(DEFAULT_SETTINGS)) {
    const prop = properties[`${SETTINGS_SECTION}.${name}`];
    assert.equal(jsonType(value), prop.type, `${name}: type`);
    assert.deepEqual(value, prop.default, `${name}: default`);
  }
});

test('per-rule levels agree', () => {
  const rules = properties[`${SETTINGS_SECTION}.rules`];
  assert.deepEqual([...rules.additionalProperties.enum].sort(), [...RULE_LEVELS].sort());
  assert.equal(rules.additionalProperties.type, 'string');
  assert.equal(properties[`${SETTINGS_SECTION}.exclude`].items.type, 'string');
});

test('rule ids named in the settings description are real rules', async () => {
  const { RULES } = await loadTs('server/src/engine/rules/index.ts');
  const ids = new Set(RULES.map((r) => r.meta.id));
  const desc = properties[`${SETTINGS_SECTION}.rules`].markdownDescription ?? '';
  for (const [, id] of desc.matchAll(/"([a-z][a-z0-9-]+)"\s*:/g)) assert.ok(ids.has(id), `unknown rule id in description: ${id}`);
});

test('parsing is tolerant: bad values fall back to defaults, good ones are kept', () => {
  assert.deepEqual(parseSettings(undefined), DEFAULT_SETTINGS);
  assert.deepEqual(parseSettings(null), DEFAULT_SETTINGS);
  assert.deepEqual(parseSettings('nonsense'), DEFAULT_SETTINGS);
  assert.deepEqual(parseSettings([]), DEFAULT_SETTINGS);
  assert.deepEqual(parseSettings({ enable: 'yes', rules: 42, exclude: 'nope' }), DEFAULT_SETTINGS);

  const problems = [];
  const s = parseSettings(
    {
      enable: false,
      rules: { 'tool-input-to-shell': 'off', 'weak-input-schema': 'Hint', a: 'loud', b: 3, c: 'info' },
      exclude: ['**/gen/**', 7, '', ' **/x/** '],
      unknown: true,
    },
    problems,
  );
  assert.deepEqual(s, {
    enable: false,
    rules: { 'tool-input-to-shell': 'off', 'weak-input-schema': 'hint', c: 'information' },
    exclude: ['**/gen/**', '**/x/**'],
    'codeLens.enable': true,
  });
  // `mcpWarden.codeLens.enable` arrives nested (`codeLens: { enable }`) from VS Code.
  assert.equal(parseSettings({ codeLens: { enable: false } })['codeLens.enable'], false);
  assert.equal(parseSettings({ codeLens: { enable: 'no' } })['codeLens.enable'], true);
  assert.deepEqual(problems.map((p) => p.key).sort(), ['mcpWarden.exclude', 'mcpWarden.exclude', 'mcpWarden.rules.a', 'mcpWarden.rules.b']);
  // An empty array is a deliberate choice (exclude nothing), not a bad value.
  assert.deepEqual(parseSettings({ exclude: [] }).exclude, []);
  // The defaults object cannot be mutated through a parse result.
  parseSettings({}).exclude.push('x');
  assert.deepEqual(DEFAULT_SETTINGS.exclude, properties[`${SETTINGS_SECTION}.exclude`].default);
});
