#!/usr/bin/env node
'use strict';
// Obsidian vault MCP server (CommonJS, stdio): read, search, append, attachments, dataview-like queries.
const { McpServer, ResourceTemplate } = require('@modelcontextprotocol/sdk/server/mcp.js');
const { StdioServerTransport } = require('@modelcontextprotocol/sdk/server/stdio.js');
const fs = require('fs');
const path = require('path');
const { z } = require('zod');
const { VAULT, notePath, readNote, parseFrontMatter, allNotes } = require('./vault');

const server = new McpServer({ name: 'obsidian-vault', version: '0.9.1' });

server.tool('read_note', { note: z.string() }, { readOnlyHint: true }, async ({ note }) => ({
  content: [{ type: 'text', text: await readNote(note) }],
}));

server.tool(
  'append_to_daily',
  'Append a line to a daily note (YYYY-MM-DD).',
  { date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), line: z.string().max(4000) },
  async ({ date, line }) => {
    const file = path.join(VAULT, 'Daily', `${date}.md`);
    // ok: tool-input-to-path
    fs.appendFileSync(file, `\n- ${line}`);
    return { content: [{ type: 'text', text: `appended to ${date}` }] };
  },
);

server.tool(
  'attachment',
  'Return an attachment (image, PDF) from the vault as base64.',
  { file: z.string() },
  async ({ file }) => {
    const full = VAULT + '/attachments/' + file;
    // ruleid: tool-input-to-path
    const data = fs.readFileSync(full);
    return { content: [{ type: 'text', text: data.toString('base64') }] };
  },
);

server.tool(
  'rename_note',
  'Rename or move a note inside the vault.',
  { from: z.string(), to: z.string() },
  { destructiveHint: true },
  async ({ from, to }) => {
    const src = notePath(from);
    const dst = path.join(VAULT, to);
    // ruleid: tool-input-to-path
    fs.renameSync(src, dst);
    return { content: [{ type: 'text', text: `moved ${from} -> ${to}` }] };
  },
);

server.tool(
  'query_notes',
  'Filter notes by front matter with a JavaScript condition over `fm`, e.g. fm.status === "draft".',
  { where: z.string().max(500) },
  async ({ where }) => {
    // ruleid: tool-input-to-eval
    const predicate = new Function('fm', 'return ' + where);
    const hits = [];
    for (const rel of allNotes()) {
      const { data } = parseFrontMatter(await readNote(rel));
      if (predicate(data)) hits.push(rel);
    }
    return { content: [{ type: 'text', text: hits.join('\n') || 'no matches' }] };
  },
);

server.tool(
  'notes_with_property',
  'Notes whose front matter has a property equal to a value.',
  { property: z.string().regex(/^[\w-]+$/), value: z.string() },
  async ({ property, value }) => {
    const hits = [];
    for (const rel of allNotes()) {
      const { data } = parseFrontMatter(await readNote(rel));
      if (String(data[property]) === value) hits.push(rel);
    }
    return { content: [{ type: 'text', text: hits.join('\n') || 'no matches' }] };
  },
);

server.resource('note', new ResourceTemplate('obsidian://{+note}', { list: undefined }), async (uri, { note }) => ({
  contents: [{ uri: uri.href, text: await readNote(String(note)), mimeType: 'text/markdown' }],
}));

server.connect(new StdioServerTransport()).then(() => {
  // ok: stdout-in-stdio-server
  process.stderr.write(`obsidian-vault serving ${VAULT}\n`);
});
