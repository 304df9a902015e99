// Servers from a workspace's .vscode/mcp.json (JSONC): `servers` entries of type stdio
// (command/args/env/cwd), http or sse (url/headers), with `${workspaceFolder}`,
// `${workspaceFolderBasename}`, `${userHome}`, `${env:NAME}`, `${pathSeparator}` and
// `${input:ID}` resolved. Inputs are asked through a callback (VS Code: an input box, a
// password box when the input says `password: true`); values from password inputs and all
// header values are treated as secrets.
import { parse, type ParseError } from 'jsonc-parser';
import type { Secrets, ServerConfig } from './types';

export interface McpJsonInput {
  id: string;
  type: string;
  description?: string;
  password?: boolean;
  default?: string;
  options?: string[];
}

export interface McpJsonServer {
  name: string;
  type: 'stdio' | 'http' | 'sse' | 'unknown';
  raw: Record<string, unknown>;
}

export interface McpJsonFile {
  servers: McpJsonServer[];
  inputs: McpJsonInput[];
  errors: string[];
}

export function parseMcpJson(text: string): McpJsonFile {
  const errs: ParseError[] = [];
  const data = parse(text, errs, { allowTrailingComma: true, disallowComments: false }) as unknown;
  const out: McpJsonFile = { servers: [], inputs: [], errors: errs.length ? [`${errs.length} JSON syntax error(s)`] : [] };
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    out.errors.push('mcp.json is not a JSON object');
    return out;
  }
  const d = data as Record<string, unknown>;
  const servers = (d.servers ?? d.mcpServers) as unknown;
  if (servers && typeof servers === 'object' && !Array.isArray(servers)) {
    for (const [name, v] of Object.entries(servers as Record<string, unknown>)) {
      if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
      const raw = v as Record<string, unknown>;
      const t = typeof raw.type === 'string' ? raw.type : typeof raw.command === 'string' ? 'stdio' : typeof raw.url === 'string' ? 'http' : 'unknown';
      out.servers.push({ name, type: t === 'stdio' || t === 'http' || t === 'sse' ? t : 'unknown', raw });
    }
  }
  if (Array.isArray(d.inputs)) {
    for (const i of d.inputs) {
      if (i && typeof i === 'object' && typeof (i as McpJsonInput).id === 'string') {
        const x = i as Record<string, unknown>;
        out.inputs.push({
          id: String(x.id), type: String(x.type ?? 'promptString'), description: typeof x.description === 'string' ? x.description : undefined,
          password: x.password === true, default: typeof x.default === 'string' ? x.default : undefined,
          options: Array.isArray(x.options) ? x.options.filter((o): o is string => typeof o === 'string') : undefined,
        });
      }
    }
  }
  return out;
}

export interface ResolveContext {
  workspaceFolder?: string;
  userHome?: string;
  env?: Record<string, string | undefined>;
  pathSeparator?: string;
  /** Asks for an input's value; undefined = the user cancelled. Called once per input id. */
  askInput: (input: McpJsonInput) => Promise<string | undefined>;
}

export interface ResolvedServer {
  config: ServerConfig;
  secrets: Secrets;
  /** Values that must be redacted everywhere (password inputs, header values). */
  secretValues: string[];
}

export class ResolveCancelled extends Error {}

/** Resolves one server entry of mcp.json into a connectable config. Throws ResolveCancelled when an input prompt is cancelled. */
export async function resolveServer(file: McpJsonFile, name: string, ctx: ResolveContext): Promise<ResolvedServer> {
  const s = file.servers.find((x) => x.name === name);
  if (!s) throw new Error(`no server named ${name} in mcp.json`);
  const answers = new Map<string, string>();
  const secretValues: string[] = [];
  const sub = async (v: unknown): Promise<string> => {
    if (typeof v !== 'string') return v === undefined || v === null ? '' : String(v);
    let out = '';
    let last = 0;
    for (const m of v.matchAll(/\$\{([^}]+)\}/g)) {
      out += v.slice(last, m.index);
      last = m.index! + m[0].length;
      const expr = m[1];
      if (expr === 'workspaceFolder') out += ctx.workspaceFolder ?? '';
      else if (expr === 'workspaceFolderBasename') out += (ctx.workspaceFolder ?? '').split(/[\\/]/).filter(Boolean).pop() ?? '';
      else if (expr === 'userHome') out += ctx.userHome ?? '';
      else if (expr === 'pathSeparator' || expr === '/') out += ctx.pathSeparator ?? '/';
      else if (expr.startsWith('env:')) out += ctx.env?.[expr.slice(4)] ?? '';
      else if (expr.startsWith('input:')) {
        const id = expr.slice(6);
        if (!answers.has(id)) {
          const input = file.inputs.find((i) => i.id === id) ?? { id, type: 'promptString', description: id };
          const val = await ctx.askInput(input);
          if (val === undefined) throw new ResolveCancelled(`input ${id} was cancelled`);
          answers.set(id, val);
          if (input.password) secretValues.push(val);
        }
        out += answers.get(id)!;
      } else out += m[0]; // unknown variables are left as written
    }
    return out + v.slice(last);
  };
  const r = s.raw;
  if (s.type === 'stdio') {
    if (typeof r.command !== 'string' || !r.command) throw new Error(`server ${name} has no command`);
    const env: Record<string, string> = {};
    const secretEnv: Record<string, string> = {};
    if (r.env && typeof r.env === 'object') {
      for (const [k, v] of Object.entries(r.env as Record<string, unknown>)) {
        const before = secretValues.length;
        const val = await sub(v);
        // An env value built from a password input is a secret.
        if (secretValues.length > before || secretValues.some((sv) => val.includes(sv))) secretEnv[k] = val;
        else env[k] = val;
      }
    }
    const args = Array.isArray(r.args) ? await Promise.all(r.args.map(sub)) : [];
    const cwd = typeof r.cwd === 'string' ? await sub(r.cwd) : ctx.workspaceFolder;
    return { config: { kind: 'stdio', name, command: await sub(r.command), args, env, cwd }, secrets: Object.keys(secretEnv).length ? { env: secretEnv } : {}, secretValues };
  }
  if (s.type === 'http' || s.type === 'sse') {
    if (typeof r.url !== 'string') throw new Error(`server ${name} has no url`);
    const headers: Record<string, string> = {};
    if (r.headers && typeof r.headers === 'object') {
      for (const [k, v] of Object.entries(r.headers as Record<string, unknown>)) {
        headers[k] = await sub(v);
        secretValues.push(headers[k]);
      }
    }
    return { config: { kind: s.type, name, url: await sub(r.url) }, secrets: Object.keys(headers).length ? { headers } : {}, secretValues };
  }
  throw new Error(`server ${name} has an unsupported type`);
}
