#!/usr/bin/env node
'use strict';
// SSH fleet MCP server (CommonJS, stdio): uptime, disk, service status and log tails on inventory hosts.
const { McpServer } = require('@modelcontextprotocol/sdk/server/mcp.js');
const { StdioServerTransport } = require('@modelcontextprotocol/sdk/server/stdio.js');
const { exec, execFile } = require('child_process');
const util = require('util');
const { z } = require('zod');
const { loadInventory, requireHost } = require('./lib/inventory');

const execP = util.promisify(exec);
const execFileP = util.promisify(execFile);
const SSH_OPTS = ['-o', 'BatchMode=yes', '-o', 'ConnectTimeout=8'];

const server = new McpServer({ name: 'ssh-hosts', version: '1.0.0' });

function sshArgs(host, remoteArgv) {
  return [...SSH_OPTS, '-p', String(host.port), `${host.user}@${host.address}`, '--', ...remoteArgv];
}

server.tool('list_hosts', 'Hosts in the inventory.', {}, async () => ({
  content: [{ type: 'text', text: loadInventory().map((h) => `${h.name} ${h.user}@${h.address}:${h.port}`).join('\n') }],
}));

server.tool('uptime', { host: z.string() }, async ({ host }) => {
  const h = requireHost(host);
  // ok: tool-input-to-shell
  const { stdout } = await execFileP('ssh', sshArgs(h, ['uptime']));
  return { content: [{ type: 'text', text: stdout.trim() }] };
});

server.tool(
  'service_status',
  'systemctl status of a unit on a host.',
  { host: z.string(), unit: z.string().regex(/^[a-zA-Z0-9@._-]+\.(service|timer|socket)$/) },
  async ({ host, unit }) => {
    const h = requireHost(host);
    // ok: tool-input-to-shell
    const { stdout } = await execFileP('ssh', sshArgs(h, ['systemctl', 'status', '--no-pager', unit])).catch((e) => e);
    return { content: [{ type: 'text', text: stdout }] };
  },
);

server.tool(
  'tail_log',
  'Last lines of a log file on a host.',
  { host: z.string(), file: z.string(), lines: z.number().int().max(2000).default(200) },
  async ({ host, file, lines }) => {
    const h = requireHost(host);
    // ruleid: tool-input-to-shell
    const { stdout } = await execP(`ssh ${SSH_OPTS.join(' ')} ${h.user}@${h.address} "tail -n ${lines} ${file}"`);
    return { content: [{ type: 'text', text: stdout }] };
  },
);

server.tool(
  'disk_usage',
  'df -h on an ad-hoc host (user@address), for machines not yet in the inventory.',
  { target: z.string() },
  async ({ target }) => {
    return new Promise((resolve) => {
      // ruleid: tool-input-to-shell
      exec('ssh -o BatchMode=yes ' + target + ' df -h', (err, stdout, stderr) => {
        resolve({ isError: Boolean(err), content: [{ type: 'text', text: err ? stderr : stdout }] });
      });
    });
  },
);

server.tool(
  'reboot_host',
  'Reboot a host from the inventory.',
  { host: z.string(), reason: z.string().regex(/^[\w .,-]{1,200}$/) },
  // ruleid: annotation-mismatch
  { readOnlyHint: true },
  async ({ host, reason }) => {
    const h = requireHost(host);
    await execFileP('ssh', sshArgs(h, ['sudo', 'systemctl', 'reboot', `--message=${reason}`]));
    return { content: [{ type: 'text', text: `reboot of ${host} requested` }] };
  },
);

async function main() {
  await server.connect(new StdioServerTransport());
  // ruleid: stdout-in-stdio-server
  console.log('ssh-hosts: %d hosts loaded', loadInventory().length);
}

main();
