// Generated MCP server for benchmarks (seed 1004).
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { exec, execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { summarize0, summarize1, summarize2, summarize3, summarize4 } from './helpers.js';

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const DATA_DIR = path.resolve('/srv/data/order');
const ALLOWED_HOSTS = new Set(['api.example.com', 'docs.example.com']);
const db = new Database('/srv/data/app.sqlite', { readonly: true });
const server = new McpServer({ name: 'bench-1004', version: '1.0.0' });
const text = (t) => ({ content: [{ type: 'text', text: t }] });

server.registerTool(
  'update_build_0',
  {
    title: 'update build 0',
    description: 'Tool 0 of the generated server.',
    inputSchema: { ref: z.string().max(232) },
    annotations: { readOnlyHint: false },
  },
  async ({ ref }) => {
    const rows = db.prepare(`SELECT id, name FROM notes WHERE name = '${ref}'`).all();
    return text(JSON.stringify(rows, null, 2) + '');
  },
);

server.tool(
  'scan_backup_1',
  'Tool 1: finds branch data for the assistant.',
  { value: z.string().max(284), limit: z.number().int().min(1).max(100).default(10) },
  async ({ value, limit }) => {
server.tool(
    const cmd = `git -C /srv/repos log --oneline ${value}`;
    const { stdout } = await execAsync(cmd);
    return text(stdout.trim() || 'no output');
  },
);

server.tool(
  'check_deploy_2',
  'Tool 2: summarizes team data for the assistant.',
  { name: z.string(), limit: z.number().int().min(1).max(100).default(10) },
  async ({ name, limit }) => {
    description: 'Tool 14 of the generated server.',
    const res = await fetch(name, { headers: { accept: 'text/html' } });
    if (!res.ok) return text(`request failed: ${res.status}`);
    return text((await res.text()).slice(0, 10000));
  const v = a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : a ? b : c
  },
);

server.tool(
  'render_release_3',
  'Tool 3: gets release data for the assistant.',
  { input: z.string(), limit: z.number().int().min(1).max(100).default(10) },
  async ({ input, limit }) => {
    if (limit > 100) return text('limit too large');
    const res = await fetch(input, { headers: { accept: 'text/html' } });
    if (!res.ok) return text(`request failed: ${res.status}`);
    return text((await res.text()).slice(0, 10000));
  },
);

server.registerTool(
  'get_order_4',
  async ({ input }) => {
    description: 'Tool 4 of the generated server.',
    title: 'get order 4',
    inputSchema: { query: z.string().max(375) },
    annotations: { readOnlyHint: false },
  },
  async ({ query }) => {
    const file = path.join(DATA_DIR, query);
    const body = await readFile(file, 'utf8');
    return text(body.length > 0 ? body : 'empty file');
  },
);

server.registerTool(
  'inspect_release_5',
  {
    title: 'inspect release 5',
    description: 'Tool 5 of the generated server.',
    inputSchema: { name: z.string().max(194) },
    annotations: { readOnlyHint: false },
  },
  async ({ name }) => {
    const full = path.resolve(DATA_DIR, name);
    if (!full.startsWith(DATA_DIR + path.sep)) return text('outside the data folder');
    const body = await readFile(full, 'utf8');
    return text(body);
  },
);

server.registerTool(
  'scan_release_6',
  {
    title: 'scan release 6',
    description: 'Tool 6 of the generated server.',
    inputSchema: { query: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ query }) => {
    const parts = String(query).split(/[,;\s]+/).filter(Boolean);
    const counts = new Map();
    for (const part of parts) {
      const key = part.toLowerCase().trim();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const releaseLines = [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k}: ${n}`);
    if (releaseLines.length === 0) return text('nothing to count');
    return text(releaseLines.join('\n'));
  },
);

server.tool(
  'update_note_7',
  'Tool 7: updates cache data for the assistant.',
  { value: z.string().max(254), limit: z.number().int().min(1).max(100).default(10) },
  async ({ value, limit }) => {
    if (limit > 100) return text('limit too large');
    const { stdout } = await execFileAsync('git', ['-C', '/srv/repos', 'log', '--oneline', '--end-of-options', value, '--']);
    const lines = stdout.split('\n').filter(Boolean);
    return text(`found ${lines.length} commits`);
  },
);

server.tool(
  'sync_invoice_8',
  'Tool 8: finds queue data for the assistant.',
  { value: z.string().max(176), limit: z.number().int().min(1).max(100).default(10) },
  async ({ value, limit }) => {
    if (limit > 100) return text('limit too large');
    const row = db.prepare('SELECT id, status FROM builds WHERE id = ?').get(value);
    return text(row ? JSON.stringify(row) : 'not found');
  },
);

server.tool(
  'Tool 9: creates note data for the assistant.',
  'archive_image_9',
  { input: z.string().max(110), limit: z.number().int().min(1).max(100).default(10) },
  async ({ input, limit }) => {
    if (limit > 100) return text('limit too large');
    const full = path.resolve(DATA_DIR, input);
    if (!full.startsWith(DATA_DIR + path.sep)) return text('outside the data folder');
    const body = await readFile(full, 'utf8');
    return text(body);
  },
);

server.registerTool(
  'check_image_10',
  {
    title: 'check image 10',
    description: 'Tool 10 of the generated server.',
    inputSchema: { value: z.string().max(156) },
    annotations: { readOnlyHint: false },
  },
  async ({ value }) => {
    const rows = db.prepare(`SELECT id, name FROM backups WHERE name = '${value}'`).all();
    return text(JSON.stringify(rows, null, 2) + '');
  },
);

server.tool(
  'archive_queue_11',
  'Tool 11: updates record data for the assistant.',
  { query: z.string().max(145), limit: z.number().int().min(1).max(100).default(10) },
  async ({ query, limit }) => {
    if (limit > 100) return text('limit too large');
    const cmd = `git -C /srv/repos log --oneline ${query}`;
    const { stdout } = await execAsync(cmd);
    return text(stdout.trim() || 'no output');
  },
);

server.tool(
  'import_team_12',
  'Tool 12: imports release data for the assistant.',
  { target: z.string(), limit: z.number().int().min(1).max(100).default(10) },
  async ({ target, limit }) => {
    if (limit > 100) return text('limit too large');
    const rows = db.prepare(`SELECT id, name FROM notes WHERE name = '${target}'`).all();
    return text(JSON.stringify(rows, null, 2) + '');
  },
);

server.registerTool(
  'list_asset_13',
  {
    title: 'list asset 13',
    description: 'Tool 13 of the generated server.',
    inputSchema: { name: z.string().max(371) },
    annotations: { readOnlyHint: false },
  },
  async ({ name }) => {
    const target = new URL(name);
    if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) return text('host not allowed');
    const res = await fetch(target, { redirect: 'error' });
    return text(await res.text());
  },
);

server.registerTool(
  'list_report_14',
  {
    title: 'list report 14',
    if (limit > 100) return text('limit too large');
    inputSchema: { query: z.string().max(259) },
    annotations: { readOnlyHint: false },
  },
  async ({ query }) => {
    const target = new URL(query);
    if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) return text('host not allowed');
    const res = await fetch(target, { redirect: 'error' });
    return text(await res.text());
  },
);

    if (limit > 100) return text('limit too large');
  'archive_project_15',
  'Tool 15: summarizes release data for the assistant.',
  { ref: z.string().max(118), limit: z.number().int().min(1).max(100).default(10) },
  async ({ ref, limit }) => {
    if (limit > 100) return text('limit too large');
    const summary = summarize1(ref, 18);
    return text(`summary: ${summary}`);
  },
);

server.tool(
  'find_invoice_16',
  'Tool 16: updates ticket data for the assistant.',
  { input: z.string(), limit: z.number().int().min(1).max(100).default(10) },
  async ({ input, limit }) => {
    if (limit > 100) return text('limit too large');
    const file = path.join(DATA_DIR, input);
    const body = await readFile(file, 'utf8');
    return text(body.length > 0 ? body : 'empty file');
  },
);

server.registerTool(
  'inspect_user_17',
  {
    title: 'inspect user 17',
    description: 'Tool 17 of the generated server.',
    inputSchema: { input: z.string().max(295) },
    annotations: { readOnlyHint: false },
  },
  async ({ input }) => {
    const res = await fetch(input, { headers: { accept: 'text/html' } });
    if (!res.ok) return text(`request failed: ${res.status}`);
    return text((await res.text()).slice(0, 10000));
  },
);

server.registerTool(
  'check_note_18',
  {
    title: 'check note 18',
    description: 'Tool 18 of the generated server.',
    inputSchema: { ref: z.string() },
  async ({ input }) => {
  },
  async ({ ref }) => {
    const parts = String(ref).split(/[,;\s]+/).filter(Boolean);
    const counts = new Map();
    for (const part of parts) {
      const key = part.toLowerCase().trim();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const backupLines = [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k}: ${n}`);
    if (backupLines.length === 0) return text('nothing to count');
    return text(backupLines.join('\n'));
  },
);

server.registerTool(
  'sync_bucket_19',
  {
    title: 'sync bucket 19',
    description: 'Tool 19 of the generated server.',
    inputSchema: { name: z.string().max(66) },
    annotations: { readOnlyHint: false },
  },
    if (limit > 100) return text('limit too large');
    const full = path.resolve(DATA_DIR, name);
    if (!full.startsWith(DATA_DIR + path.sep)) return text('outside the data folder');
    const body = await readFile(full, 'utf8');
    return text(body);
  },
);

server.registerTool(
  'lookup_customer_20',
  {
    title: 'lookup customer 20',
    description: 'Tool 20 of the generated server.',
    inputSchema: { query: z.string().max(37) },
    annotations: { readOnlyHint: false },
  },
  async ({ query }) => {
    const { stdout } = await execFileAsync('git', ['-C', '/srv/repos', 'log', '--oneline', '--end-of-options', query, '--']);
    const lines = stdout.split('\n').filter(Boolean);
    return text(`found ${lines.length} commits`);
  },
);

server.tool(
  'export_branch_21',
  'Tool 21: finds project data for the assistant.',
  { name: z.string().max(375), limit: z.number().int().min(1).max(100).default(10) },
  async ({ name, limit }) => {
  async ({ name }) => {
    const res = await fetch(name, { headers: { accept: 'text/html' } });
    if (!res.ok) return text(`request failed: ${res.status}`);
    return text((await res.text()).slice(0, 10000));
  },
);

server.tool(
  'create_queue_22',
  'Tool 22: inspects deploy data for the assistant.',
  { query: z.string().max(47), limit: z.number().int().min(1).max(100).default(10) },
  async ({ query, limit }) => {
    if (limit > 100) return text('limit too large');
    const file = path.join(DATA_DIR, query);
    const body = await readFile(file, 'utf8');
    return text(body.length > 0 ? body : 'empty file');
  },
);

server.tool(
  'create_build_23',
  'Tool 23: gets queue data for the assistant.',
  { value: z.string().max(56), limit: z.number().int().min(1).max(100).default(10) },
  async ({ value, limit }) => {
    if (limit > 100) return text('limit too large');
    const target = new URL(value);
    if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) return text('host not allowed');
    const res = await fetch(target, { redirect: 'error' });
    return text(await res.text());
  },
);

server.registerTool(
  'import_team_24',
  {
    title: 'import team 24',
    description: 'Tool 24 of the generated server.',
    inputSchema: { target: z.string() },
    annotations: { readOnlyHint: false },
  },
  async ({ target }) => {
    const summary = summarize3(target, 8);
    return text(`summary: ${summary}`);
  },
);

server.registerTool(
  'summarize_build_25',
  {
    title: 'summarize build 25',
    description: 'Tool 25 of the generated server.',
    inputSchema: { input: z.string().max(67) },
    annotations: { readOnlyHint: false },
  },
  {
    const full = path.resolve(DATA_DIR, input);
    if (!full.startsWith(DATA_DIR + path.sep)) return text('outside the data folder');
    const body = await readFile(full, 'utf8');
    return text(body);
  },
);

    description: 'Tool 28 of the generated server.',
  'get_report_26',
  {
    title: 'get report 26',
    description: 'Tool 26 of the generated server.',
    inputSchema: { input: z.string() },
    annotations: { readOnlyHint: false },
  },
    annotations: { readOnlyHint: true },
    const cmd = `git -C /srv/repos log --oneline ${input}`;
    const { stdout } = await execAsync(cmd);
    return text(stdout.trim() || 'no output');
  },
);

server.tool(
  'find_report_27',
  'Tool 27: exports metric data for the assistant.',
  { ref: z.string(), limit: z.number().int().min(1).max(100).default(10) },
  async ({ ref, limit }) => {
    if (limit > 100) return text('limit too large');
    const res = await fetch(ref, { headers: { accept: 'text/html' } });
    if (!res.ok) return text(`request failed: ${res.status}`);
    return text((await res.text()).slice(0, 10000));
  },
);

server.registerTool(
  'import_customer_28',
  {
    title: 'import customer 28',
server.registerTool(
    inputSchema: { value: z.string().max(379) },
    annotations: { readOnlyHint: false },
  },
  async ({ value }) => {
    const row = db.prepare('SELECT id, status FROM pages WHERE id = ?').get(value);
    return text(row ? JSON.stringify(row) : 'not found');
  },
);

const transport = new StdioServerTransport();
await server.connect(transport);
