// The secure scaffolding snippets (snippets/*.json) are what they claim to be: every body expands
// (with its default placeholder values) to code that parses without errors and that MCP Warden
// analyses with zero findings. Fragments are wrapped in a minimal server file; helpers are also
// used from a tool that passes its input through them into the sink they guard, next to a
// control without the helper that must be flagged (so "zero findings" means the guard worked).
// Run after `npm run build`:  node --test test/unit/snippets.test.mjs
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import engineMod from '../../dist/engine.js';

const { Engine } = engineMod;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// ---------------------------------------------------------------------------------------------
// A small expander for VS Code's snippet syntax
// (https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar):
// tabstops `$1` `${1}`, placeholders `${1:default}` (nested), choices `${1|a,b|}`, variables
// `$NAME` `${NAME}` `${NAME:default}`, escapes `\$` `\}` `\\` (and `\,` `\|` inside choices).
// Strict where VS Code is lenient: a `$` that starts nothing valid, an unknown variable or a
// transform is an error, because in a snippet it is almost always a forgotten escape.

/** Parses a snippet body into nodes: strings, and { kind, index|name, children|choices }. */
export function parseSnippet(src) {
  let i = 0;
  const fail = (msg) => {
    throw new Error(`${msg} at offset ${i}: ${JSON.stringify(src.slice(Math.max(0, i - 30), i + 30))}`);
  };
  function parseSeq(inside) {
    const out = [];
    let text = '';
    const flush = () => {
      if (text) out.push(text);
      text = '';
    };
    while (i < src.length) {
      const c = src[i];
      if (c === '\\') {
        const n = src[i + 1];
        if (n === '$' || n === '}' || n === '\\') {
          text += n;
          i += 2;
        } else {
          text += c;
          i++;
        }
      } else if (c === '}' && inside) {
        flush();
        return out;
      } else if (c === '$') {
        flush();
        out.push(parseDollar());
      } else {
        text += c;
        i++;
      }
    }
    if (inside) fail('unterminated ${');
    flush();
    return out;
  }
  function parseDollar() {
    i++; // $
    let m = /^\d+/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      return { kind: 'tabstop', index: Number(m[0]) };
    }
    m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      return { kind: 'variable', name: m[0], children: null };
    }
    if (src[i] !== '{') fail('a literal $ must be escaped as \\$');
    i++;
    m = /^\d+/.exec(src.slice(i));
    if (m) {
      i += m[0].length;
      const index = Number(m[0]);
      if (src[i] === '}') {
        i++;
        return { kind: 'tabstop', index };
      }
      if (src[i] === ':') {
        i++;
        const children = parseSeq(true);
        i++; // }
        return { kind: 'placeholder', index, children };
      }
      if (src[i] === '|') {
        i++;
        const choices = [];
        let cur = '';
        for (;;) {
          if (i >= src.length) fail('unterminated choice');
          const c = src[i];
          if (c === '\\' && [',', '|', '\\', '$', '}'].includes(src[i + 1])) {
            cur += src[i + 1];
            i += 2;
          } else if (c === ',') {
            choices.push(cur);
            cur = '';
            i++;
          } else if (c === '|' && src[i + 1] === '}') {
            choices.push(cur);
            i += 2;
            return { kind: 'choice', index, choices };
          } else {
            cur += c;
            i++;
          }
        }
      }
      fail('transforms and malformed tabstops are not supported');
    }
    m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(src.slice(i));
    if (!m) fail('malformed ${');
    i += m[0].length;
    const name = m[0];
    if (src[i] === '}') {
      i++;
      return { kind: 'variable', name, children: null };
    }
    if (src[i] === ':') {
      i++;
      const children = parseSeq(true);
      i++;
      return { kind: 'variable', name, children };
    }
    fail('variable transforms are not supported');
  }
  return parseSeq(false);
}

/** Expands a snippet body with every placeholder at its default (first choice), as VS Code inserts it. */
export function expandSnippet(body, variables = {}) {
  const src = Array.isArray(body) ? body.join('\n') : body;
  const nodes = parseSnippet(src);
  // Mirrors: a tabstop without a default takes the default of a placeholder with the same index.
  const defaults = new Map();
  const collect = (list) => {
    for (const n of list) {
      if (typeof n === 'string') continue;
      if (n.kind === 'placeholder') {
        if (!defaults.has(n.index)) defaults.set(n.index, n);
        collect(n.children);
      } else if (n.kind === 'choice') {
        if (!defaults.has(n.index)) defaults.set(n.index, n);
      } else if (n.kind === 'variable' && n.children) collect(n.children);
    }
  };
  collect(nodes);
  const render = (list, depth = 0) => {
    if (depth > 20) throw new Error('placeholders nested too deeply (recursive mirror?)');
    return list
      .map((n) => {
        if (typeof n === 'string') return n;
        if (n.kind === 'placeholder') return render(n.children, depth + 1);
        if (n.kind === 'choice') return n.choices[0];
        if (n.kind === 'tabstop') {
          const d = defaults.get(n.index);
          if (!d) return '';
          return d.kind === 'choice' ? d.choices[0] : render(d.children, depth + 1);
        }
        if (Object.hasOwn(variables, n.name)) return variables[n.name];
        if (n.children) return render(n.children, depth + 1);
        throw new Error(`unknown snippet variable $${n.name} (escape a literal $ as \\$)`);
      })
      .join('');
  };
  return render(nodes);
}

describe('snippet expander', () => {
  it('expands tabstops, nested placeholders, mirrors, choices, variables and escapes', () => {
    assert.equal(expandSnippet('a ${1:x${2:y}z} $1 ${2} $0'), 'a xyz xyz y ');
    assert.equal(expandSnippet('${1|true,false|} $1'), 'true true');
    assert.equal(expandSnippet('${1|a\\,b,c|}'), 'a,b');
    assert.equal(expandSnippet('\\$1 \\} \\\\ \\w ${1:a\\}b}'), '$1 } \\ \\w a}b');
    assert.equal(expandSnippet('${TM_FILENAME_BASE} ${UNSET:dflt} $TM_FILENAME_BASE', { TM_FILENAME_BASE: 'srv' }), 'srv dflt srv');
    assert.equal(expandSnippet(['line1', '  ${1:two}']), 'line1\n  two');
  });
  it('rejects what is almost always a forgotten escape', () => {
    assert.throws(() => expandSnippet('cost $'), /must be escaped/);
    assert.throws(() => expandSnippet('`${name}`'), /unknown snippet variable/);
    assert.throws(() => expandSnippet('$PORT'), /unknown snippet variable/);
    assert.throws(() => expandSnippet('${1:open'), /unterminated/);
    assert.throws(() => expandSnippet('${1/a/b/}'), /not supported/);
  });
});

// ---------------------------------------------------------------------------------------------
// The snippets and how each is exercised

const VARIABLES = { TM_FILENAME_BASE: 'server' };

const TS_PRELUDE = [
  'import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";',
  'import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";',
  'import { z } from "zod";',
  'const server = new McpServer({ name: "snippet-test", version: "1.0.0" });',
  '',
].join('\n');
const TS_POSTLUDE = '\nawait server.connect(new StdioServerTransport());\n';
const FASTMCP_PRELUDE = [
  'import { FastMCP } from "fastmcp";',
  'import { z } from "zod";',
  'const server = new FastMCP({ name: "snippet-test", version: "1.0.0" });',
  '',
].join('\n');
const FASTMCP_POSTLUDE = '\nserver.start({ transportType: "stdio" });\n';
const PY_PRELUDE = [
  'import json',
  'from typing import Annotated, Literal',
  '',
  'from mcp.server.fastmcp import FastMCP',
  'from pydantic import Field',
  '',
  'mcp = FastMCP("snippet-test")',
  '',
  '',
].join('\n');
const PY_POSTLUDE = '\n\nif __name__ == "__main__":\n    mcp.run()\n';

/**
 * How each snippet (by language family and prefix) becomes a whole file: `wrap(code)`, plus for
 * helpers `use`: a tool calling the helper (appended), and `control`: the same tool without the
 * helper, which must be flagged with `rule`.
 */
const HARNESS = {
  ts: {
    'mcp-tool': { wrap: (c) => TS_PRELUDE + c + TS_POSTLUDE, tools: 1 },
    'mcp-fastmcp-tool': { wrap: (c) => FASTMCP_PRELUDE + c + FASTMCP_POSTLUDE, tools: 1 },
    'mcp-sql-query': {
      wrap: (c) => TS_PRELUDE + 'import Database from "better-sqlite3";\nconst db = new Database("app.db", { readonly: true });\n' + c + TS_POSTLUDE,
      tools: 1,
    },
    'mcp-http-server': { wrap: (c) => c, tools: 1 },
    'mcp-stdio-server': { wrap: (c) => c, tools: 1 },
    'mcp-path-guard': {
      wrap: (c) => c,
      use: (ts) => [
        TS_PRELUDE,
        'server.registerTool("read_note", { description: "Reads a note.", inputSchema: { file: z.string().max(200) } }, async ({ file }) => {',
        '  const text = fs.readFileSync(resolveInsideRoot(file), "utf8");',
        '  return { content: [{ type: "text", text }] };',
        '});',
        TS_POSTLUDE,
      ].join('\n'),
      control: (use) => use.replace('resolveInsideRoot(file)', 'path.join(ROOT, file)'),
      rule: 'tool-input-to-path',
      tools: 1,
    },
    'mcp-run-command': {
      wrap: (c) => c,
      use: () => [
        TS_PRELUDE,
        'server.registerTool("git_info", { description: "Runs a git query.", inputSchema: { command: z.string().max(40), paths: z.array(z.string().max(200)).max(10) } }, async ({ command, paths }) => {',
        '  const text = await runAllowed(command, paths);',
        '  return { content: [{ type: "text", text }] };',
        '});',
        TS_POSTLUDE,
      ].join('\n'),
      control: (use) => use.replace('await runAllowed(command, paths)', 'await new Promise((resolve) => execFile(command, paths, (e, out) => resolve(out)))'),
      rule: 'tool-input-to-shell',
      tools: 1,
    },
    'mcp-error-handler': {
      wrap: (c) => c,
      use: (ts) => [
        TS_PRELUDE,
        'server.registerTool("count_lines", { description: "Counts the lines of a note.", inputSchema: { name: z.enum(["todo", "ideas"]) } }, withSafeErrors(async ({ name }) => {',
        '  const text = fs.readFileSync(`notes/${name}.md`, "utf8");',
        '  return { content: [{ type: "text", text: String(text.split("\\n").length) }] };',
        '}));',
        'import * as fs from "node:fs";',
        TS_POSTLUDE,
      ].join('\n'),
      tools: 1,
    },
    'mcp-redact': {
      wrap: (c) => c,
      use: () => [
        TS_PRELUDE,
        'import { execFile } from "node:child_process";',
        'server.registerTool("env_report", { description: "Shows the deployment status.", inputSchema: {} }, async () => {',
        '  const raw = await new Promise((resolve) => execFile("kubectl", ["get", "deploy", "-o", "yaml"], { timeout: 10_000 }, (e, out) => resolve(e ? "" : out)));',
        '  return { content: [{ type: "text", text: redactSecrets(String(raw)) }] };',
        '});',
        TS_POSTLUDE,
      ].join('\n'),
      tools: 1,
    },
  },
  py: {
    'mcp-tool': { wrap: (c) => PY_PRELUDE + c + PY_POSTLUDE, tools: 1 },
    'mcp-sql-query': { wrap: (c) => PY_PRELUDE + 'import sqlite3\n\ndb = sqlite3.connect("app.db")\n\n\n' + c + PY_POSTLUDE, tools: 1 },
    'mcp-http-server': { wrap: (c) => c, tools: 1 },
    'mcp-stdio-server': { wrap: (c) => c, tools: 1 },
    'mcp-path-guard': {
      wrap: (c) => c,
      use: () => PY_PRELUDE + '@mcp.tool()\ndef read_note(file: Annotated[str, Field(max_length=200)]) -> str:\n    """Reads a note."""\n    return resolve_inside_root(file).read_text()\n' + PY_POSTLUDE,
      control: (use) => use.replace('resolve_inside_root(file)', '(ROOT / file)'),
      rule: 'tool-input-to-path',
      tools: 1,
    },
    'mcp-run-command': {
      wrap: (c) => c,
      use: () => PY_PRELUDE + '@mcp.tool()\ndef git_info(command: Annotated[str, Field(max_length=40)], paths: list[Annotated[str, Field(max_length=200)]]) -> str:\n    """Runs a git query."""\n    return run_allowed(command, paths)\n' + PY_POSTLUDE,
      control: (use) => use.replace('return run_allowed(command, paths)', 'return subprocess.run([command, *paths], capture_output=True, text=True, timeout=10).stdout'),
      rule: 'tool-input-to-shell',
      tools: 1,
    },
    'mcp-error-handler': {
      wrap: (c) => c,
      use: () => PY_PRELUDE + '@mcp.tool()\n@safe_errors\nasync def count_lines(name: Literal["todo", "ideas"]) -> str:\n    """Counts the lines of a note."""\n    with open(f"notes/{name}.md", encoding="utf-8") as f:\n        return str(len(f.readlines()))\n' + PY_POSTLUDE,
      tools: 1,
    },
    'mcp-redact': {
      wrap: (c) => c,
      use: () => PY_PRELUDE + 'import subprocess\n\n\n@mcp.tool()\ndef deploy_status() -> str:\n    """Shows the deployment status."""\n    out = subprocess.run(["kubectl", "get", "deploy", "-o", "yaml"], capture_output=True, text=True, timeout=10).stdout\n    return redact_secrets(out)\n' + PY_POSTLUDE,
      tools: 1,
    },
  },
};

const FILES = [
  { file: 'snippets/typescript.json', family: 'ts', lang: 'typescript', ext: 'ts', languages: ['typescript', 'typescriptreact'] },
  { file: 'snippets/javascript.json', family: 'ts', lang: 'javascript', ext: 'mjs', languages: ['javascript', 'javascriptreact'] },
  { file: 'snippets/python.json', family: 'py', lang: 'python', ext: 'py', languages: ['python'] },
];

let engine;
before(async () => {
  engine = await Engine.create(join(root, 'dist'));
});

function analyse(name, text, lang) {
  const a = engine.analyzeText(name, text, { lang });
  return a;
}

function describeFindings(a) {
  return a.findings.map((f) => `${f.ruleId}@${f.range.start.line + 1}: ${f.message.slice(0, 160)}`).join('\n');
}

/** Lines around the first syntax error, for the failure message. */
function withLineNumbers(text) {
  return text.split('\n').map((l, i) => `${String(i + 1).padStart(4)}  ${l}`).join('\n');
}

function assertClean(what, text, lang, ext, minTools) {
  const a = analyse(`/snippet-test/${what.replace(/[^a-z0-9-]+/gi, '_')}.${ext}`, text, lang);
  assert.equal(a.hasSyntaxErrors, false, `${what} does not parse as ${lang}:\n${withLineNumbers(text)}`);
  assert.equal(a.incomplete, undefined, `${what}: analysis incomplete`);
  assert.deepEqual(a.findings.map((f) => f.ruleId), [], `${what} has findings:\n${describeFindings(a)}\n${withLineNumbers(text)}`);
  const tools = a.definitions.filter((d) => d.kind === 'tool');
  assert.ok(tools.length >= minTools, `${what}: the engine found ${tools.length} tool(s), expected ≥ ${minTools} (is it recognised as MCP code?)`);
  return a;
}

describe('snippets are contributed', () => {
  it('for TypeScript, TSX, JavaScript and Python', () => {
    const contributed = pkg.contributes.snippets ?? [];
    for (const { file, languages } of FILES) {
      for (const language of languages) {
        assert.ok(contributed.some((s) => s.language === language && s.path === `./${file}`), `${file} is not contributed for ${language}`);
      }
    }
  });
});

for (const { file, family, lang, ext } of FILES) {
  const snippets = JSON.parse(readFileSync(join(root, file), 'utf8'));
  describe(file, () => {
    it('has mcp- prefixes (unique), descriptions and a harness for every snippet', () => {
      const prefixes = Object.values(snippets).map((s) => s.prefix);
      assert.ok(prefixes.length >= 8, `only ${prefixes.length} snippets`);
      assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
      for (const [name, s] of Object.entries(snippets)) {
        assert.match(s.prefix, /^mcp-[a-z-]+$/, `${name}: prefix`);
        assert.ok(typeof s.description === 'string' && s.description.length > 30, `${name}: description`);
        assert.ok(Array.isArray(s.body) && s.body.length > 0, `${name}: body`);
        assert.ok(HARNESS[family][s.prefix], `${name}: no test harness for ${s.prefix}`);
      }
      for (const required of ['mcp-tool', 'mcp-http-server', 'mcp-path-guard', 'mcp-run-command', 'mcp-sql-query', 'mcp-error-handler', 'mcp-redact']) {
        assert.ok(prefixes.includes(required), `missing ${required}`);
      }
      if (family === 'ts') assert.ok(prefixes.includes('mcp-fastmcp-tool'), 'missing mcp-fastmcp-tool');
    });

    for (const [name, s] of Object.entries(snippets)) {
      const h = HARNESS[family][s.prefix];
      it(`${s.prefix}: expands, parses and has zero findings`, () => {
        const code = expandSnippet(s.body, VARIABLES);
        assert.ok(code.trim().length > 0 && !/\t/.test(code), `${name}: empty, or indented with tabs`);
        if (!h.use) {
          assertClean(`${s.prefix} (${lang})`, h.wrap(code), lang, ext, h.tools);
          return;
        }
        // A helper alone: parses, no findings.
        assertClean(`${s.prefix} alone (${lang})`, code, lang, ext, 0);
        // Used by a tool: the tool input passes through the helper and nothing is flagged…
        const use = h.use();
        assertClean(`${s.prefix} used by a tool (${lang})`, code + '\n' + use, lang, ext, h.tools);
        // …while the same tool without the helper is flagged.
        if (h.control) {
          const control = h.control(code + '\n' + use);
          assert.notEqual(control, code + '\n' + use, 'the control differs from the use');
          const a = analyse(`/snippet-test/control.${ext}`, control, lang);
          assert.ok(a.findings.some((f) => f.ruleId === h.rule), `${s.prefix}: the control without the helper should be flagged ${h.rule}; got: ${describeFindings(a) || '(none)'}`);
        }
      });
    }
  });
}
