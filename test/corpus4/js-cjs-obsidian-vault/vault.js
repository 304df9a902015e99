'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

const VAULT = path.resolve(process.env.OBSIDIAN_VAULT || path.join(require('os').homedir(), 'Obsidian', 'Main'));

/** Absolute path of a note inside the vault, or throws. */
function notePath(rel) {
  const withExt = rel.endsWith('.md') ? rel : `${rel}.md`;
  const abs = path.resolve(VAULT, withExt);
  const relToVault = path.relative(VAULT, abs);
  if (relToVault.startsWith('..') || path.isAbsolute(relToVault)) {
    throw new Error('note path leaves the vault');
  }
  return abs;
}

async function readNote(rel) {
  // ok: tool-input-to-path
  return fsp.readFile(notePath(rel), 'utf8');
}

function parseFrontMatter(text) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) return { data: {}, body: text };
  const data = {};
  for (const line of m[1].split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) data[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return { data, body: text.slice(m[0].length) };
}

function allNotes(dir = VAULT, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) allNotes(p, out);
    else if (entry.name.endsWith('.md')) out.push(path.relative(VAULT, p));
  }
  return out;
}

module.exports = { VAULT, notePath, readNote, parseFrontMatter, allNotes };
