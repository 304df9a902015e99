#!/usr/bin/env node
// Counts the inline expectations of corpus 2 and checks that they are well-formed (also for
// test/corpus3, whose count.mjs sets CORPUS_DIR to its own folder).
//
//   node test/corpus2/count.mjs            print the per-rule table (markdown)
//   node test/corpus2/count.mjs --json     the same figures as JSON
//
// An annotation is a comment `// ruleid: <id>`, `// ok: <id>` or `// todoruleid: <id>`
// (`#` in Python) on the line directly before the line it is about. The script fails (exit 1)
// when an annotation names a rule that is not in the catalogue, is not followed by a code line,
// or when two annotations are stacked (the measurement reads only the line directly above).
// It reads only this folder; it does not run the analyzer.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = process.env.CORPUS_DIR ?? dirname(fileURLToPath(import.meta.url));

// Rule ids exactly as listed in ../shared/DESIGN.md (rule catalogue).
const RULES = [
  "tool-input-to-shell",
  "tool-input-to-eval",
  "tool-input-to-path",
  "tool-input-to-url",
  "tool-input-to-sql",
  "unsafe-deserialization",
  "weak-input-schema",
  "http-transport-without-auth",
  "dns-rebinding-unprotected",
  "bind-all-interfaces",
  "cors-wildcard-credentials",
  "token-passthrough",
  "jwt-verification-disabled",
  "tls-verification-disabled",
  "insecure-randomness",
  "hardcoded-secret",
  "error-detail-leak",
  "sensitive-data-logged",
  "tool-description-injection",
  "annotation-mismatch",
  "stdout-in-stdio-server",
  "config-secret-literal",
  "config-unpinned-package",
  "config-insecure-url",
  "config-shell-launcher",
];

const LANG = {
  ".ts": "TypeScript", ".mts": "TypeScript", ".cts": "TypeScript", ".tsx": "TypeScript",
  ".js": "JavaScript", ".mjs": "JavaScript", ".cjs": "JavaScript",
  ".py": "Python",
  ".json": "JSON",
};

const ANNOTATION = /^\s*(?:\/\/|#)\s*(ruleid|ok|todoruleid)\s*:\s*(.+?)\s*$/;

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === "node_modules" || name === "__pycache__" || name.startsWith(".git")) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

function isCodeLine(line) {
  const t = line.trim();
  return t !== "" && !t.startsWith("//") && !t.startsWith("#");
}

const perRule = new Map(RULES.map((r) => [r, { ruleid: 0, ok: 0, todoruleid: 0 }]));
const perLang = new Map();
const servers = new Map(); // server folder -> language of its main files
const problems = [];
let files = 0;
let lines = 0;

for (const file of walk(HERE)) {
  const ext = extname(file);
  const lang = LANG[ext];
  const rel = relative(HERE, file);
  if (!lang || !rel.includes("/")) continue; // top-level files (this script, README) are not servers
  files++;
  const text = readFileSync(file, "utf8");
  const fileLines = text.split(/\r?\n/);
  lines += fileLines.length;
  const server = rel.split("/")[0];
  if (lang !== "JSON") servers.set(server, lang);
  const langCounts = perLang.get(lang) ?? { files: 0, lines: 0, ruleid: 0, ok: 0, todoruleid: 0 };
  langCounts.files++;
  langCounts.lines += fileLines.length;
  perLang.set(lang, langCounts);

  fileLines.forEach((line, i) => {
    const m = ANNOTATION.exec(line);
    if (!m) return;
    const kind = m[1];
    const ids = m[2].split(",").map((s) => s.trim()).filter(Boolean);
    const where = `${rel}:${i + 1}`;
    if (ids.length !== 1) problems.push(`${where}: exactly one rule id per annotation, got "${m[2]}"`);
    const next = fileLines[i + 1];
    if (next === undefined || !isCodeLine(next)) {
      problems.push(`${where}: annotation is not directly followed by a code line`);
    }
    for (const id of ids) {
      if (!perRule.has(id)) {
        problems.push(`${where}: unknown rule id "${id}"`);
        continue;
      }
      perRule.get(id)[kind]++;
      langCounts[kind]++;
    }
  });
}

const totals = { ruleid: 0, ok: 0, todoruleid: 0 };
for (const c of perRule.values()) for (const k of Object.keys(totals)) totals[k] += c[k];

const serverLangs = {};
for (const lang of servers.values()) serverLangs[lang] = (serverLangs[lang] ?? 0) + 1;

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ servers: servers.size, serverLangs, files, lines, totals, perRule: Object.fromEntries(perRule), perLang: Object.fromEntries(perLang), problems }, null, 2));
} else {
  console.log(`Servers: ${servers.size} (${Object.entries(serverLangs).map(([l, n]) => `${n} ${l}`).join(", ")}); files: ${files}; lines: ${lines}`);
  console.log(`Annotations: ${totals.ruleid} ruleid, ${totals.ok} ok, ${totals.todoruleid} todoruleid ` +
    `(${Math.round((100 * totals.ruleid) / Math.max(1, totals.ruleid + totals.ok))}% flaws)`);
  console.log("");
  console.log("| rule | ruleid | ok |");
  console.log("|---|---:|---:|");
  for (const [id, c] of perRule) {
    if (c.ruleid || c.ok || c.todoruleid) console.log(`| \`${id}\` | ${c.ruleid} | ${c.ok} |`);
  }
  console.log(`| **total** | **${totals.ruleid}** | **${totals.ok}** |`);
  console.log("");
  console.log("| language | files | lines | ruleid | ok |");
  console.log("|---|---:|---:|---:|---:|");
  for (const [lang, c] of perLang) console.log(`| ${lang} | ${c.files} | ${c.lines} | ${c.ruleid} | ${c.ok} |`);
  const unused = RULES.filter((r) => { const c = perRule.get(r); return !c.ruleid && !c.ok; });
  if (unused.length) console.log(`\nRules without annotations: ${unused.join(", ")}`);
}

if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const p of problems) console.error("  " + p);
  process.exit(1);
}
