// Consistency check (STYLE.md items 8 and 9): every rule in RULES has a sorted, unique id, a doc
// page with the fixed headings, an entry in the rule index, fixtures for each of its languages
// with both `ruleid:` and `ok:` cases, and no doc page exists without a rule. The code in each
// doc page is run through the engine: every block under "## Example" must be flagged by the
// page's rule, and no block under "## Use instead" may be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';

const { RULES, Engine } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const docsDir = join(root, 'docs', 'rules');
const fixturesDir = join(root, 'test', 'fixtures');
const engine = await Engine.create(join(root, 'dist'));

/** The level-2 headings of a rule page, in this order and no others. */
const HEADINGS = ['What it flags', 'Why it is dangerous', 'Example', 'Use instead', 'Fix', 'Options', 'References'];

/** Fence info string → file name the block is analysed as, per rule language. */
const EXAMPLE_FILES = { ts: 'example.ts', py: 'example.py', json: '.vscode/mcp.json' };
const FIXTURE_EXT = { ts: /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/, py: /\.pyi?$/, json: /(?:^|[\\/])(?:\.?mcp|claude_desktop_config)\.json$/ };

/**
 * Doc-example checks that fail only because the engine's JS/Python analysis is still being
 * written. They run as `todo` so the failure stays visible without failing the suite; remove an
 * entry as soon as its check passes (node reports a passing todo). Names as in exampleCheckName.
 */
const ENGINE_TODO = new Set([]);

function exampleCheckName(id, section, lang, n) {
  return `${id}: ${section} ${lang} block ${n} ${section === 'Example' ? 'is flagged' : 'is not flagged'}`;
}

/**
 * Splits a markdown page into its title line, summary and `## ` sections with their fenced
 * code blocks. Lines inside fences never count as headings (Python comments start with `#`).
 */
function parseDoc(text) {
  const lines = text.split(/\r?\n/);
  const doc = { title: undefined, summary: [], sections: [] };
  let section;
  let fence;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      if (/^```\s*$/.test(line)) {
        section?.blocks.push(fence);
        fence = undefined;
      } else fence.code += line + '\n';
      continue;
    }
    const open = /^```(\S*)/.exec(line);
    if (open) {
      fence = { lang: open[1], code: '', line: i + 1 };
      continue;
    }
    const h = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (h && h[1] === '#' && doc.title === undefined && !section) {
      doc.title = h[2];
      continue;
    }
    if (h && h[1] === '##') {
      section = { heading: h[2], line: i + 1, body: '', blocks: [] };
      doc.sections.push(section);
      continue;
    }
    if (section) section.body += line + '\n';
    else if (doc.title !== undefined) doc.summary.push(line);
  }
  doc.unclosedFence = fence?.line;
  return doc;
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Rule ids annotated `kind:` (ruleid / ok) in a fixture text, with `//` or `#` comments. */
function annotated(text, kind) {
  const ids = new Set();
  const re = new RegExp(`^\\s*(?://|#)\\s*${kind}:\\s*([a-z0-9, -]+?)\\s*(?:--.*)?$`, 'gm');
  for (let m = re.exec(text); m; m = re.exec(text)) for (const id of m[1].split(',')) ids.add(id.trim());
  return ids;
}

const ids = RULES.map((r) => r.meta.id);
const indexPath = join(docsDir, 'README.md');
const indexText = existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : '';
/** Rows of the index table: `| [id](id.md) | severity | CWE | title |`. */
const indexRows = indexText
  .split('\n')
  .map((l) => /^\|\s*\[([a-z0-9-]+)\]\(([^)]+)\)\s*\|(.*)\|\s*$/.exec(l))
  .filter(Boolean)
  .map((m) => ({ id: m[1], href: m[2], cells: m[3].split('|').map((c) => c.trim()) }));

test('rule ids in RULES are sorted and unique', () => {
  assert.ok(ids.length > 0, 'RULES is empty');
  assert.deepEqual(ids, [...new Set(ids)], 'duplicate rule ids');
  assert.deepEqual(ids, [...ids].sort(), 'RULES is not sorted by id');
  for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, `rule id ${id} is not kebab-case`);
});

test('every page in docs/rules belongs to a rule', () => {
  const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md');
  const documented = new Set(RULES.map((r) => r.meta.docs));
  const orphans = pages.filter((f) => !documented.has(`docs/rules/${f}`));
  assert.deepEqual(orphans, [], `doc pages without a rule: ${orphans.join(', ')}`);
});

test('the rule index lists exactly the rules, sorted by id', () => {
  assert.ok(indexText, 'docs/rules/README.md is missing');
  assert.deepEqual(indexRows.map((r) => r.id), ids);
});

for (const rule of RULES) {
  const { meta } = rule;
  const id = meta.id;

  test(`rule ${id}`, async (t) => {
    await t.test('docs link resolves to its page', () => {
      assert.equal(meta.docs, `docs/rules/${id}.md`);
      assert.ok(existsSync(join(root, meta.docs)), `${meta.docs} does not exist`);
    });

    const docPath = join(root, meta.docs);
    const text = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '';
    const doc = parseDoc(text);
    const section = (name) => doc.sections.find((s) => s.heading === name);

    await t.test('doc page has the fixed headings in order', () => {
      assert.equal(doc.unclosedFence, undefined, `code fence opened at line ${doc.unclosedFence} is never closed`);
      assert.equal(doc.title, id, 'the page must start with `# <rule id>`');
      const summary = doc.summary.filter((l) => l.trim() !== '');
      assert.equal(summary.length, 1, 'one summary line after the title');
      assert.deepEqual(doc.sections.map((s) => s.heading), HEADINGS);
    });

    await t.test('doc page names the CWE and links to it', () => {
      for (const n of meta.cwe) {
        assert.match(text, new RegExp(`CWE-${n}\\b`), `CWE-${n} not mentioned`);
        assert.ok(section('References')?.body.includes(`https://cwe.mitre.org/data/definitions/${n}.html`), `References lack the CWE-${n} link`);
      }
    });

    await t.test('doc page has an example and a safe version for each language', () => {
      for (const name of ['Example', 'Use instead']) {
        const blocks = section(name)?.blocks ?? [];
        for (const b of blocks) assert.ok(b.lang in EXAMPLE_FILES, `${name}: code block at line ${b.line} is fenced \`${b.lang}\`, not ts, py or json`);
        for (const lang of meta.languages.filter((l) => l in EXAMPLE_FILES)) {
          assert.ok(blocks.some((b) => b.lang === lang), `${name} has no \`\`\`${lang} block`);
        }
      }
    });

    await t.test('the rule index lists it with its severity, CWE and title', () => {
      const row = indexRows.find((r) => r.id === id);
      assert.ok(row, `${id} is not in docs/rules/README.md`);
      assert.equal(row.href, `${id}.md`);
      assert.equal(row.cells[0], meta.severity);
      for (const n of meta.cwe) assert.match(row.cells[1], new RegExp(`CWE-${n}\\b`));
      assert.equal(row.cells[2], meta.title);
    });

    await t.test('fixtures cover every language with ruleid and ok cases', () => {
      const dir = join(fixturesDir, id);
      assert.ok(existsSync(dir), `test/fixtures/${id}/ does not exist`);
      const files = walk(dir).filter((f) => !/\.fixed\./.test(f) && !f.endsWith('.d.ts'));
      for (const lang of meta.languages.filter((l) => l in FIXTURE_EXT)) {
        const mine = files.filter((f) => FIXTURE_EXT[lang].test(f));
        assert.ok(mine.length > 0, `no ${lang} fixture under test/fixtures/${id}/`);
        const texts = mine.map((f) => readFileSync(f, 'utf8'));
        assert.ok(texts.some((s) => annotated(s, 'ruleid').has(id)), `no \`ruleid: ${id}\` in the ${lang} fixtures (${mine.map((f) => relative(root, f)).join(', ')})`);
        assert.ok(texts.some((s) => annotated(s, 'ok').has(id)), `no \`ok: ${id}\` in the ${lang} fixtures (${mine.map((f) => relative(root, f)).join(', ')})`);
      }
    });

    for (const name of ['Example', 'Use instead']) {
      const counts = {};
      for (const block of section(name)?.blocks ?? []) {
        const file = EXAMPLE_FILES[block.lang];
        if (!file) continue;
        const n = (counts[block.lang] = (counts[block.lang] ?? 0) + 1);
        const where = `${meta.docs}:${block.line}`;
        const result = engine.analyzeText(file, block.code);

        await t.test(`${name} ${block.lang} block ${n} parses and is fully analysed`, () => {
          assert.equal(result.hasSyntaxErrors, false, `${where}: the example has syntax errors`);
          assert.equal(result.incomplete, undefined, `${where}: ${result.incomplete}`);
        });

        const checkName = exampleCheckName(id, name, block.lang, n);
        const opts = ENGINE_TODO.has(checkName) ? { todo: 'engine in progress' } : {};
        await t.test(checkName, opts, () => {
          const mine = result.findings.filter((f) => f.ruleId === id);
          if (name === 'Example') {
            assert.ok(mine.length > 0, `${where}: the vulnerable example is not flagged by ${id}`);
          } else {
            const lines = mine.map((f) => `line ${block.line + f.range.start.line + 1}: ${f.message}`);
            assert.deepEqual(lines, [], `${where}: the safe example is flagged by ${id}`);
          }
        });
      }
    }
  });
}
