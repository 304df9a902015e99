// Deploy templates MCP server on fastmcp (HTTP stream), API-key authentication.
import { FastMCP } from 'fastmcp';
import { z } from 'zod';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderEjs, renderHandlebars, parseValues, parseLegacyValues, restoreState } from './render.mjs';

const TEMPLATE_DIR = path.resolve(process.env.TEMPLATE_DIR ?? './templates');
const KEY_HASHES = new Set((process.env.DEPLOY_MCP_KEYS ?? '').split(',').filter(Boolean));

const server = new FastMCP({
  name: 'deploy-templates',
  version: '1.0.0',
  authenticate: async (request) => {
    const key = request.headers['x-api-key'];
    const hash = createHash('sha256').update(String(key ?? '')).digest('hex');
    if (!KEY_HASHES.has(hash)) {
      // ruleid: sensitive-data-logged
      console.error(`rejected api key ${key} from ${request.socket?.remoteAddress}`);
      throw new Response(null, { status: 401, statusText: 'Unauthorized' });
    }
    return { keyHash: hash.slice(0, 8) };
  },
});

server.addTool({
  name: 'render_inline',
  description: 'Render an EJS manifest template given inline, with YAML values.',
  parameters: z.object({ template: z.string().max(50000), values: z.string().max(50000).default('{}') }),
  execute: async ({ template, values }) => renderEjs(template, parseValues(values)),
});

server.addTool({
  name: 'render_named',
  description: 'Render a Handlebars template from the template folder.',
  parameters: z.object({ name: z.enum(['deployment', 'service', 'ingress', 'cronjob']), values: z.string().default('{}') }),
  execute: async ({ name, values }) => {
    // ok: tool-input-to-path
    const tpl = await readFile(path.join(TEMPLATE_DIR, `${name}.yaml.hbs`), 'utf8');
    return renderHandlebars(tpl, parseValues(values));
  },
});

server.addTool({
  name: 'render_legacy',
  description: 'Render with values exported by deployctl 1.x.',
  parameters: z.object({ name: z.enum(['deployment', 'service']), legacyValues: z.string() }),
  execute: async ({ name, legacyValues }) => {
    const tpl = await readFile(path.join(TEMPLATE_DIR, `${name}.yaml.hbs`), 'utf8');
    return renderHandlebars(tpl, parseLegacyValues(legacyValues));
  },
});

server.addTool({
  name: 'resume_session',
  description: 'Resume a saved render session.',
  parameters: z.object({ state: z.string() }),
  execute: async ({ state }) => JSON.stringify(restoreState(Buffer.from(state, 'base64').toString())),
});

server.addTool({
  name: 'save_rendered',
  description: 'Save a rendered manifest under out/<name>.yaml.',
  parameters: z.object({ name: z.string(), body: z.string() }),
  execute: async ({ name, body }) => {
    const file = path.join(TEMPLATE_DIR, '..', 'out', `${name}.yaml`);
    // ruleid: tool-input-to-path
    await writeFile(file, body);
    return `saved ${file}`;
  },
});

// ok: http-transport-without-auth
server.start({ transportType: 'httpStream', httpStream: { port: Number(process.env.PORT ?? 8282) } });
