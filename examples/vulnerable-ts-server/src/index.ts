// "Workspace assistant": an MCP server that gives a model access to a team's notes, customer
// database, build machines and internal docs. DELIBERATELY VULNERABLE — written to show what
// MCP Warden finds (see ../../README.md). Never install, build or run it.
//
// Markers: `FLAW <rule-id>` on a line MCP Warden must flag, `OK <rule-id>` on a guarded
// look-alike that must stay quiet.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import Database from 'better-sqlite3';
import { exec, execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import serialize from 'node-serialize';
import { z } from 'zod';
import { archiveFolder, formatBytes, gitLog } from './helpers.js';

const execAsync = promisify(exec);
const NOTES_DIR = '/srv/assistant/notes';
const DOCS_ROOT = path.resolve('/srv/assistant/docs');
const ALLOWED_DOC_HOSTS = new Set(['docs.example.com', 'wiki.example.com']);
const db = new Database('/srv/assistant/crm.sqlite', { readonly: true });

const server = new McpServer({ name: 'workspace-assistant', version: '1.4.0' });

const text = (t: string) => ({ content: [{ type: 'text' as const, text: t }] });

// ---------------------------------------------------------------------------------------------
// Flawed tools

server.tool(
  'ping_host',
  'Checks whether a build machine answers ping.',
  { host: z.string().describe('Host name or IP address') },
  async ({ host }) => {
    const { stdout } = await execAsync(`ping -c 3 -W 2 ${host}`); // FLAW tool-input-to-shell — host is pasted into a shell command ("x; rm -rf ~")
    return text(stdout);
  },
);

server.tool(
  'disk_usage',
  'Reports how much space a directory on the build machine uses.',
  { dir: z.string() },
  async ({ dir }) =>
    new Promise((resolve) => {
      exec(`du -sh ${dir}`, (err, stdout, stderr) => { // FLAW tool-input-to-shell — dir reaches a shell command line
        resolve(text(err ? `du failed: ${stderr}` : stdout));
      });
    }),
);

server.tool(
  'read_note',
  'Reads one of the team notes by file name.',
  { name: z.string().describe('File name, e.g. standup-2024-05-02.md') },
  async ({ name }) => {
    const body = await readFile(path.join(NOTES_DIR, name), 'utf8'); // FLAW tool-input-to-path — join() keeps "../../etc/passwd": reads any file
    return text(body);
  },
);

server.tool(
  'search_customers',
  'Finds customers whose name contains a search term.',
  { term: z.string(), limit: z.number().int().max(100).default(20) },
  async ({ term, limit }) => {
    const sql = `SELECT id, name, email FROM customers WHERE name LIKE '%${term}%' LIMIT ${limit}`;
    const rows = db.prepare(sql).all(); // FLAW tool-input-to-sql — term is spliced into the SQL text ("' UNION SELECT … --")
    return text(JSON.stringify(rows, null, 2));
  },
);

server.tool(
  'calculate',
  'Evaluates an arithmetic expression such as "(12 * 4) / 3".',
  { expression: z.string() },
  async ({ expression }) => {
    const value = eval(expression); // FLAW tool-input-to-eval — any JavaScript runs here, e.g. require('child_process')
    return text(String(value));
  },
);

server.tool(
  'restore_session',
  'Restores a saved assistant session from its exported blob.',
  { blob: z.string().describe('Base64 export produced by save_session') },
  async ({ blob }) => {
    const decoded = Buffer.from(blob, 'base64').toString('utf8');
    const session = serialize.unserialize(decoded); // FLAW unsafe-deserialization — node-serialize runs functions embedded as _$$ND_FUNC$$_
    return text(`restored session ${session.id}`);
  },
);

server.tool(
  'backup_project',
  'Archives a project folder to the backup volume.',
  { folder: z.string(), label: z.string().max(40) },
  async ({ folder, label }) => {
    const archive = archiveFolder(folder, label); // folder and label flow into a shell command in helpers.ts (flagged at its execSync line)
    return text(`archived to ${archive}`);
  },
);

server.tool(
  'update_preferences',
  'Stores display preferences for the current user.',
  { prefs: z.any() }, // FLAW weak-input-schema — z.any() lets the model send any shape; nothing is validated
  async ({ prefs }) => {
    await writeFile(path.join(NOTES_DIR, '.prefs.json'), JSON.stringify(prefs));
    return text('saved');
  },
);

server.registerTool(
  'fetch_url',
  {
    title: 'Fetch a web page',
    description: 'Downloads a page so the assistant can summarise it.',
    inputSchema: { url: z.string().url() },
  },
  async ({ url }) => {
    const res = await fetch(url); // FLAW tool-input-to-url — any host, including http://169.254.169.254/ and intranet services
    return text((await res.text()).slice(0, 20_000));
  },
);

// ---------------------------------------------------------------------------------------------
// Guarded look-alikes: same sinks, made safe. MCP Warden must stay quiet on these.

server.registerTool(
  'list_directory',
  {
    title: 'List a directory',
    description: 'Lists the files in a directory on the build machine.',
    inputSchema: { dir: z.string().max(200) },
  },
  async ({ dir }) =>
    new Promise((resolve) => {
      execFile('ls', ['-la', '--', dir], (err, stdout) => { // OK tool-input-to-shell — argument array, no shell, "--" ends options
        resolve(text(err ? 'cannot list that directory' : stdout));
      });
    }),
);

server.registerTool(
  'read_doc',
  {
    title: 'Read internal documentation',
    description: 'Reads a page of the internal docs by relative path.',
    inputSchema: { page: z.string().max(200) },
  },
  async ({ page }) => {
    const full = path.resolve(DOCS_ROOT, page);
    if (!full.startsWith(DOCS_ROOT + path.sep)) {
      return text('That page is outside the documentation folder.');
    }
    const body = await readFile(full, 'utf8'); // OK tool-input-to-path — resolved and checked to stay under DOCS_ROOT
    return text(body);
  },
);

server.registerTool(
  'order_status',
  {
    title: 'Order status',
    description: 'Looks up the status of an order by its number.',
    inputSchema: { orderId: z.string().max(32) },
  },
  async ({ orderId }) => {
    const row = db.prepare('SELECT status, updated_at FROM orders WHERE id = ?').get(orderId); // OK tool-input-to-sql — parameterised query
    return text(row ? JSON.stringify(row) : 'no such order');
  },
);

server.registerTool(
  'fetch_docs_page',
  {
    title: 'Fetch a docs page',
    description: 'Fetches a page from the company documentation sites.',
    inputSchema: { url: z.string().url() },
  },
  async ({ url }) => {
    const target = new URL(url);
    if (target.protocol !== 'https:' || !ALLOWED_DOC_HOSTS.has(target.hostname)) {
      return text('Only https://docs.example.com and https://wiki.example.com can be fetched.');
    }
    const res = await fetch(target, { redirect: 'error' }); // OK tool-input-to-url — https plus a fixed hostname allow-list, no redirects
    return text((await res.text()).slice(0, 20_000));
  },
);

server.tool(
  'git_log',
  'Shows recent commits of a branch in the main repository.',
  { branch: z.string().regex(/^[\w./-]{1,100}$/), count: z.number().int().min(1).max(50) },
  async ({ branch, count }) => text(await gitLog('/srv/repos/main', branch, count)), // OK tool-input-to-shell — execFile with an argument array in helpers.ts
);

server.tool(
  'note_size',
  'Tells how big the notes folder is.',
  {},
  async () => text(formatBytes(0)),
);

const transport = new StdioServerTransport();
await server.connect(transport);
