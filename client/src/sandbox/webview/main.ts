/// <reference lib="dom" />
// The sandbox panel's webview. It never talks to an MCP server: it renders what the host sends
// (every message checked against the protocol's zod schemas) and sends back what the user does.
// Text from servers is only ever set with textContent; images only as data: URIs the protocol
// has already checked. Uses VS Code's own widgets (@vscode-elements/elements) and theme colours.
import '@vscode-elements/elements/dist/bundled.js';
import { z } from 'zod';
import {
  parseMessage, ToWebviewSchema,
  type FieldShape as Field, type PersistedState, type ToHost, type ToolView, type ToWebview,
} from '../core/protocol';
import type { ServerConfig } from '../core/types';

// zod must not try `new Function` under our CSP.
z.config({ jitless: true });

interface VsCodeApi {
  postMessage(m: unknown): void;
  getState(): unknown;
  setState(s: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;
const vscode = acquireVsCodeApi();

type ResultView = Extract<ToWebview, { type: 'result' }>['view'];
type ResultItem = ResultView['items'][number];
type Listing = Extract<ToWebview, { type: 'listing' }>;
type Status = Extract<ToWebview, { type: 'status' }>;

// ---------- tiny DOM helpers (no innerHTML anywhere) ----------

type Attrs = Record<string, string | boolean | number | undefined>;
function h<K extends string>(tag: K, attrs: Attrs = {}, ...children: Array<Node | string | undefined | false>): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') e.className = String(v);
    else if (k === 'text') e.textContent = String(v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== undefined && c !== false) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}
function button(label: string, onClick: () => void, opts: { icon?: string; secondary?: boolean; id?: string; disabled?: boolean } = {}): HTMLElement {
  const b = h('vscode-button', { icon: opts.icon, secondary: opts.secondary, id: opts.id, disabled: opts.disabled });
  b.textContent = label;
  b.addEventListener('click', () => {
    if (!(b as unknown as { disabled: boolean }).disabled) onClick();
  });
  return b;
}
function valueOf(e: Element): string {
  return (e as unknown as { value: string }).value ?? '';
}
function setValue(e: Element, v: string): void {
  (e as unknown as { value: string }).value = v;
}
function $(id: string): HTMLElement {
  return document.getElementById(id)!;
}
function send(m: ToHost): void {
  vscode.postMessage(m);
}

// ---------- state ----------

let persisted: PersistedState = (() => {
  const s = vscode.getState();
  return s && typeof s === 'object' ? (s as PersistedState) : {};
})();
let status: Status | undefined;
let listing: Listing | undefined;
let selected: string | undefined;
let form: FormNode | undefined;
let formTool: string | undefined;
let rawMode = false;
let validateTimer: ReturnType<typeof setTimeout> | undefined;
let running = false;
const errorSlots = new Map<string, HTMLElement>();

// ---------- layout ----------

function layout(): void {
  const kind = h('vscode-single-select', { id: 'kind', 'aria-label': 'Transport' });
  for (const [v, label] of [['stdio', 'stdio (command)'], ['http', 'Streamable HTTP'], ['sse', 'SSE (legacy)'], ['mcpjson', '.vscode/mcp.json']]) kind.append(h('vscode-option', { value: v }, label));
  kind.addEventListener('change', () => {
    connectKind = valueOf(kind) || connectKind;
    showConnectFields();
  });
  const mcpSelect = h('vscode-single-select', { id: 'mcpjson-server', 'aria-label': 'Server from mcp.json' });
  const connectRow = h('div', { class: 'row connect' },
    kind,
    h('span', { id: 'stdio-fields', class: 'fields' },
      h('vscode-textfield', { id: 'command', placeholder: 'command, e.g. node', 'aria-label': 'Command' }),
      h('vscode-textfield', { id: 'args', placeholder: 'arguments (space separated, "quoted" ok)', class: 'grow', 'aria-label': 'Arguments' }),
      h('vscode-textfield', { id: 'cwd', placeholder: 'working directory (optional)', 'aria-label': 'Working directory' })),
    h('span', { id: 'url-fields', class: 'fields' }, h('vscode-textfield', { id: 'url', placeholder: 'http://127.0.0.1:3000/mcp', class: 'grow', 'aria-label': 'URL' })),
    h('span', { id: 'mcpjson-fields', class: 'fields' }, mcpSelect),
    button('Connect', connect, { icon: 'plug', id: 'connect' }),
    button('Reconnect', () => send({ type: 'reconnect' }), { icon: 'refresh', secondary: true, id: 'reconnect' }),
    button('Disconnect', () => send({ type: 'disconnect' }), { icon: 'debug-disconnect', secondary: true, id: 'disconnect' }),
    button('Set auth…', () => send({ type: 'setAuth' }), { icon: 'key', secondary: true, id: 'set-auth' }),
    button('Clear auth', () => send({ type: 'clearAuth' }), { icon: 'trash', secondary: true, id: 'clear-auth' }),
  );
  const statusRow = h('div', { class: 'row status', id: 'status', role: 'status' });
  const notice = h('div', { id: 'notice', class: 'notice', role: 'alert' });

  const tabs = h('vscode-tabs', { id: 'tabs' });
  for (const [id, label] of [['tools', 'Tools'], ['resources', 'Resources'], ['prompts', 'Prompts'], ['log', 'JSON-RPC log'], ['history', 'History']]) {
    tabs.append(h('vscode-tab-header', { slot: 'header', 'data-tab': id }, label));
    tabs.append(h('vscode-tab-panel', { id: `panel-${id}` }));
  }
  tabs.addEventListener('vsc-tabs-select', () => {
    const names = ['tools', 'resources', 'prompts', 'log', 'history'] as const;
    persist({ tab: names[(tabs as unknown as { selectedIndex: number }).selectedIndex] ?? 'tools' });
  });
  document.body.append(h('div', { class: 'app' }, connectRow, statusRow, notice, tabs));

  $('panel-tools').append(h('div', { class: 'split' }, h('div', { id: 'tool-list', class: 'list', role: 'listbox', 'aria-label': 'Tools' }), h('div', { id: 'tool-detail', class: 'detail' })));
  $('panel-resources').append(h('div', { id: 'resource-list', class: 'stack' }), h('div', { id: 'resource-content', class: 'stack' }));
  $('panel-prompts').append(h('div', { id: 'prompt-list', class: 'stack' }), h('pre', { id: 'prompt-result', class: 'code' }));
  $('panel-log').append(h('div', { class: 'row' }, button('Clear', () => send({ type: 'clearLog' }), { icon: 'clear-all', secondary: true })), h('div', { id: 'log', class: 'log' }));
  $('panel-history').append(h('div', { class: 'row' }, button('Clear history', () => send({ type: 'clearHistory' }), { icon: 'trash', secondary: true })), h('div', { id: 'history', class: 'stack' }));

  // Restore the connect form from the persisted state.
  const c = persisted.config;
  connectKind = persisted.mcpJsonName ? 'mcpjson' : c?.kind ?? 'stdio';
  for (const o of Array.from(kind.children)) if (o.getAttribute('value') === connectKind) o.setAttribute('selected', '');
  if (c?.kind === 'stdio') {
    setValue($('command'), c.command);
    setValue($('args'), c.args.map(quoteArg).join(' '));
    setValue($('cwd'), c.cwd ?? '');
  } else if (c) setValue($('url'), c.url);
  showConnectFields();
  const tabIndex = ['tools', 'resources', 'prompts', 'log', 'history'].indexOf(persisted.tab ?? 'tools');
  (tabs as unknown as { selectedIndex: number }).selectedIndex = Math.max(0, tabIndex);
  renderStatus();
}

/** The transport chosen in the connect row (the select's own value is not readable until it has rendered). */
let connectKind = 'stdio';

function showConnectFields(): void {
  const k = connectKind;
  if (valueOf($('kind')) !== k) setValue($('kind'), k);
  $('stdio-fields').hidden = k !== 'stdio';
  $('url-fields').hidden = k !== 'http' && k !== 'sse';
  $('mcpjson-fields').hidden = k !== 'mcpjson';
}

function connect(): void {
  const k = connectKind;
  if (k === 'mcpjson') {
    const name = valueOf($('mcpjson-server'));
    if (name) send({ type: 'connectMcpJson', name });
    else showNotice('warning', 'No server in .vscode/mcp.json to connect to.');
    return;
  }
  let config: ServerConfig;
  if (k === 'stdio') {
    const command = valueOf($('command')).trim();
    if (!command) return showNotice('warning', 'Enter the command that starts the server.');
    const cwd = valueOf($('cwd')).trim();
    config = { kind: 'stdio', command, args: splitArgs(valueOf($('args'))), env: {}, ...(cwd ? { cwd } : {}) };
  } else {
    const url = valueOf($('url')).trim();
    if (!url) return showNotice('warning', 'Enter the server URL.');
    config = { kind: k === 'sse' ? 'sse' : 'http', url };
  }
  send({ type: 'connect', config });
}

/** Splits an argument line like a shell would for plain words and "double" or 'single' quotes (no expansion). */
export function splitArgs(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) out.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2] ?? m[3]);
  return out;
}
function quoteArg(a: string): string {
  return /^[^\s"']+$/.test(a) ? a : `"${a.replace(/(["\\])/g, '\\$1')}"`;
}

function persist(p: Partial<PersistedState>): void {
  persisted = { ...persisted, ...p };
  vscode.setState(persisted);
  send({ type: 'persist', state: persisted });
}

function showNotice(level: 'info' | 'warning' | 'error', text: string): void {
  const n = $('notice');
  n.className = `notice ${level}`;
  n.replaceChildren(h('vscode-icon', { name: level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'info' }), h('span', { text }), h('vscode-icon', { name: 'close', 'action-icon': true, id: 'notice-close', label: 'Dismiss' }));
  $('notice-close').addEventListener('click', () => n.replaceChildren());
}

// ---------- status ----------

function renderStatus(): void {
  const s = status;
  const el = $('status');
  const state = s?.state ?? 'disconnected';
  const icon = { connected: 'pass-filled', connecting: 'loading~spin', disconnected: 'circle-large-outline', failed: 'error', crashed: 'error' }[state];
  const parts: Array<Node> = [h('vscode-icon', { name: icon }), h('strong', { text: state, id: 'state', 'data-state': state })];
  if (s?.server) parts.push(h('span', { text: ` ${s.server}` }));
  if (s?.info) parts.push(h('span', { class: 'muted', text: ` — ${s.info.name} ${s.info.version}` }));
  if (s?.info) {
    for (const [cap, on] of Object.entries(s.info.capabilities)) if (on) parts.push(h('vscode-badge', { variant: 'default' }, cap));
  }
  parts.push(h('vscode-badge', { variant: s?.hasAuth ? 'counter' : 'default', id: 'auth-badge' }, s?.hasAuth ? 'auth set' : 'no auth'));
  if (s && !s.trusted) parts.push(h('span', { class: 'warning', text: ' Untrusted workspace: stdio servers cannot be started.' }));
  el.replaceChildren(...parts);
  if (s?.error && (state === 'failed' || state === 'crashed')) el.append(h('div', { class: `error-box kind-${s.error.kind}`, id: 'connect-error', text: s.error.message }));
  if (s?.info?.instructions) el.append(h('details', {}, h('summary', { text: 'Server instructions' }), h('pre', { class: 'code', text: s.info.instructions })));

  const mcp = $('mcpjson-server');
  const current = valueOf(mcp) || persisted.mcpJsonName;
  mcp.replaceChildren(...(s?.mcpJsonServers ?? []).map((n) => h('vscode-option', { value: n, selected: n === current }, n)));
  const connected = state === 'connected';
  for (const id of ['disconnect']) (($(id) as unknown) as { disabled: boolean }).disabled = !connected && state !== 'connecting';
  if (!connected) setRunning(false);
  if (!connected && listing && state !== 'connecting') {
    // Keep the list visible but mark it stale.
    $('tool-list').classList.add('stale');
  } else $('tool-list').classList.remove('stale');
}

// ---------- tools ----------

function renderListing(): void {
  const l = listing!;
  const list = $('tool-list');
  list.replaceChildren();
  if (!l.tools.length) list.append(h('div', { class: 'muted', text: 'This server has no tools.' }));
  for (const t of l.tools) {
    const row = h('div', { class: 'tool', role: 'option', tabindex: 0, 'data-tool': t.name, 'aria-selected': t.name === selected ? 'true' : 'false' },
      h('vscode-icon', { name: t.annotations?.destructiveHint ? 'warning' : 'tools' }),
      h('span', { class: 'name', text: t.title ? `${t.title}` : t.name }),
      t.title ? h('span', { class: 'muted', text: ` ${t.name}` }) : undefined,
      t.findings?.length ? h('vscode-badge', { variant: 'counter', title: 'MCP Warden findings in its handler' }, String(t.findings.length)) : undefined);
    row.addEventListener('click', () => send({ type: 'selectTool', name: t.name }));
    row.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') send({ type: 'selectTool', name: t.name });
    });
    list.append(row);
  }
  const rl = $('resource-list');
  rl.replaceChildren(h('h3', { text: 'Resources' }));
  for (const r of l.resources) {
    rl.append(h('div', { class: 'item' }, h('span', { class: 'name', text: r.name }), h('code', { text: ` ${r.uri}` }), r.description ? h('div', { class: 'muted', text: r.description }) : undefined,
      button('Read', () => send({ type: 'readResource', uri: r.uri }), { icon: 'book', secondary: true })));
  }
  if (l.templates.length) rl.append(h('h3', { text: 'Resource templates' }));
  for (const t of l.templates) {
    const uriField = h('vscode-textfield', { value: t.uriTemplate, class: 'grow', 'aria-label': `URI for ${t.name}` });
    rl.append(h('div', { class: 'item' }, h('span', { class: 'name', text: t.name }), t.description ? h('div', { class: 'muted', text: t.description }) : undefined,
      h('div', { class: 'row' }, uriField, button('Read', () => send({ type: 'readResource', uri: valueOf(uriField) }), { icon: 'book', secondary: true }))));
  }
  const pl = $('prompt-list');
  pl.replaceChildren();
  if (!l.prompts.length) pl.append(h('div', { class: 'muted', text: 'No prompts.' }));
  for (const p of l.prompts) {
    const fields = p.arguments.map((a) => ({ a, el: h('vscode-textfield', { placeholder: a.name + (a.required ? ' *' : ''), 'aria-label': a.name }) }));
    pl.append(h('div', { class: 'item' }, h('span', { class: 'name', text: p.name }), p.description ? h('div', { class: 'muted', text: p.description }) : undefined,
      h('div', { class: 'row' }, ...fields.map((f) => f.el), button('Get', () => {
        const args: Record<string, string> = {};
        for (const f of fields) if (valueOf(f.el)) args[f.a.name] = valueOf(f.el);
        send({ type: 'getPrompt', name: p.name, args });
      }, { icon: 'comment', secondary: true }))));
  }
  if (selected && !l.tools.some((t) => t.name === selected)) renderToolDetail(undefined);
}

function toolView(name: string | undefined): ToolView | undefined {
  return listing?.tools.find((t) => t.name === name);
}

function markSelected(): void {
  for (const row of Array.from($('tool-list').querySelectorAll('.tool'))) row.setAttribute('aria-selected', (row as HTMLElement).dataset.tool === selected ? 'true' : 'false');
}

function renderToolDetail(msg: Extract<ToWebview, { type: 'form' }> | undefined, pending?: string): void {
  const d = $('tool-detail');
  errorSlots.clear();
  form = undefined;
  formTool = undefined;
  if (!msg) {
    d.replaceChildren(h('div', { class: 'muted', text: pending ? `Selected: ${pending} (connect to the server to call it)` : 'Choose a tool.', id: 'pending' }));
    return;
  }
  const t = toolView(msg.tool);
  formTool = msg.tool;
  const head = h('div', { class: 'tool-head' }, h('h2', { text: t?.title ?? msg.tool, id: 'tool-title' }), t?.title ? h('code', { text: msg.tool }) : undefined);
  const badges = h('div', { class: 'row' });
  const a = t?.annotations;
  if (a?.readOnlyHint) badges.append(h('vscode-badge', {}, 'read-only'));
  if (a?.destructiveHint) badges.append(h('vscode-badge', { class: 'danger' }, 'destructive'));
  if (a?.idempotentHint) badges.append(h('vscode-badge', {}, 'idempotent'));
  if (a?.openWorldHint) badges.append(h('vscode-badge', {}, 'open world'));
  if (t?.definition) {
    const link = h('a', { href: '#', id: 'definition-link', text: `${t.definition.file}:${t.definition.line}` });
    link.addEventListener('click', (e) => {
      e.preventDefault();
      send({ type: 'openDefinition', tool: msg.tool });
    });
    badges.append(h('vscode-icon', { name: 'go-to-file' }), link);
  }
  const findings = t?.findings?.length ? h('ul', { class: 'findings' }, ...t.findings.map((f) => h('li', {}, h('code', { text: f.rule }), h('span', { text: ` ${f.message}` })))) : undefined;
  const desc = t?.description ? h('p', { class: 'description', text: t.description }) : undefined;
  const notes = msg.notes.length ? h('ul', { class: 'muted' }, ...msg.notes.map((n) => h('li', { text: n }))) : undefined;
  const confirm = msg.confirm ? h('div', { class: 'warning', text: `You will be asked to confirm: ${msg.confirm}` }) : undefined;

  const formHost = h('div', { id: 'form', class: 'form' });
  const raw = h('vscode-textarea', { id: 'raw-json', rows: 10, class: 'code', 'aria-label': 'Arguments as JSON', hidden: true });
  const rawToggle = h('vscode-checkbox', { id: 'raw-toggle', label: 'Raw JSON' });
  rawToggle.addEventListener('change', () => setRawMode((rawToggle as unknown as { checked: boolean }).checked));
  raw.addEventListener('input', scheduleValidate);
  const actions = h('div', { class: 'row' },
    button('Call tool', callTool, { icon: 'play', id: 'call' }),
    button('Cancel', () => send({ type: 'cancel' }), { icon: 'stop-circle', secondary: true, id: 'cancel', disabled: true }),
    h('vscode-progress-bar', { id: 'progress', hidden: true }),
    h('span', { id: 'progress-text', class: 'muted' }),
    rawToggle);
  const schemaError = h('div', { id: 'form-error', class: 'error' });
  d.replaceChildren(head, badges, desc ?? '', findings ?? '', confirm ?? '', notes ?? '', actions, schemaError, formHost, raw, h('div', { id: 'result', class: 'result' }));
  form = buildField(msg.root, msg.initial, '');
  formHost.append(form.el);
  rawMode = false;
}

function setRawMode(on: boolean): void {
  const raw = $('raw-json');
  if (on) {
    setValue(raw, JSON.stringify(form?.get() ?? {}, null, 2));
    raw.hidden = false;
    $('form').hidden = true;
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(valueOf(raw) || '{}');
    } catch {
      showNotice('error', 'The raw JSON does not parse; fix it before going back to the form.');
      (($('raw-toggle') as unknown) as { checked: boolean }).checked = true;
      return;
    }
    const f = lastForm;
    if (f && form) {
      errorSlots.clear();
      form = buildField(f.root, parsed, '');
      $('form').replaceChildren(form.el);
    }
    raw.hidden = true;
    $('form').hidden = false;
  }
  rawMode = on;
  scheduleValidate();
}

function currentArgs(): { ok: true; value: unknown } | { ok: false; error: string } {
  if (rawMode) {
    try {
      return { ok: true, value: JSON.parse(valueOf($('raw-json')) || '{}') };
    } catch (e) {
      return { ok: false, error: `Raw JSON: ${(e as Error).message}` };
    }
  }
  return { ok: true, value: form?.get() ?? {} };
}

function scheduleValidate(): void {
  if (validateTimer) clearTimeout(validateTimer);
  validateTimer = setTimeout(() => {
    const a = currentArgs();
    if (!formTool) return;
    if (!a.ok) {
      $('form-error').textContent = a.error;
      return;
    }
    $('form-error').textContent = '';
    send({ type: 'validate', tool: formTool, args: a.value });
  }, 250);
}

function callTool(): void {
  if (!formTool || running) return;
  const a = currentArgs();
  if (!a.ok) {
    $('form-error').textContent = a.error;
    return;
  }
  send({ type: 'call', tool: formTool, args: a.value });
}

function setRunning(on: boolean): void {
  running = on;
  const call = document.getElementById('call');
  const cancel = document.getElementById('cancel');
  const progress = document.getElementById('progress');
  if (call) (call as unknown as { disabled: boolean }).disabled = on;
  if (cancel) (cancel as unknown as { disabled: boolean }).disabled = !on;
  if (progress) {
    progress.hidden = !on;
    if (on) {
      (progress as unknown as { value?: number }).value = undefined;
      (progress as unknown as { indeterminate: boolean }).indeterminate = true;
    }
  }
  if (!on) {
    const t = document.getElementById('progress-text');
    if (t) t.textContent = '';
  }
}

function showValidation(m: Extract<ToWebview, { type: 'validation' }>): void {
  if (m.tool !== formTool) return;
  for (const slot of errorSlots.values()) slot.textContent = '';
  for (const el of Array.from(document.querySelectorAll('[invalid]'))) el.removeAttribute('invalid');
  const general: string[] = [];
  for (const e of m.errors) {
    // The nearest field that exists (an error on a nested value lands on its closest ancestor).
    let p = e.path;
    while (!errorSlots.has(p) && p) p = p.slice(0, p.lastIndexOf('/'));
    const slot = rawMode ? undefined : errorSlots.get(p);
    if (slot && (p !== '' || !e.path)) {
      slot.textContent = slot.textContent ? `${slot.textContent}; ${e.message}` : e.message;
      slot.previousElementSibling?.setAttribute('invalid', '');
    } else general.push(`${e.path || '(arguments)'} ${e.message}`);
  }
  if (m.schemaProblem) general.push(`Schema note: ${m.schemaProblem}`);
  $('form-error').textContent = general.join('\n');
}

// ---------- the generated form ----------

interface FormNode {
  el: HTMLElement;
  get(): unknown;
}
let lastForm: Extract<ToWebview, { type: 'form' }> | undefined;

function constraintHint(f: Field): string {
  const bits: string[] = [];
  if (f.minLength !== undefined) bits.push(`≥ ${f.minLength} chars`);
  if (f.maxLength !== undefined) bits.push(`≤ ${f.maxLength} chars`);
  if (f.pattern) bits.push(`pattern ${f.pattern}`);
  if (f.format) bits.push(f.format);
  if (f.minimum !== undefined) bits.push(`≥ ${f.minimum}`);
  if (f.exclusiveMinimum !== undefined) bits.push(`> ${f.exclusiveMinimum}`);
  if (f.maximum !== undefined) bits.push(`≤ ${f.maximum}`);
  if (f.exclusiveMaximum !== undefined) bits.push(`< ${f.exclusiveMaximum}`);
  if (f.multipleOf !== undefined) bits.push(`multiple of ${f.multipleOf}`);
  if (f.minItems !== undefined) bits.push(`≥ ${f.minItems} items`);
  if (f.maxItems !== undefined) bits.push(`≤ ${f.maxItems} items`);
  if (f.nullable) bits.push('may be null');
  return bits.join(', ');
}

/** A labelled row: label (with required mark), the control, an error slot, the description. */
function wrap(f: Field, path: string, control: HTMLElement, inline = false): HTMLElement {
  const id = `f${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  control.id = control.id || id;
  const label = h('vscode-label', { for: control.id, required: f.required }, f.key === '[]' ? '' : f.label);
  const hint = constraintHint(f);
  const err = h('div', { class: 'field-error', 'data-path': path, role: 'alert' });
  errorSlots.set(path, err);
  return h('div', { class: `field kind-${f.kind}${inline ? ' inline' : ''}`, 'data-path': path },
    f.key === '[]' ? undefined : label, control, err,
    f.description || hint ? h('vscode-form-helper', {}, h('span', { text: [f.description, hint].filter(Boolean).join(' — ') })) : undefined);
}

function buildField(f: Field, value: unknown, path: string): FormNode {
  switch (f.kind) {
    case 'string': {
      const c = h('vscode-textfield', { type: f.secret ? 'password' : 'text', placeholder: f.format ?? '', class: 'grow', maxlength: f.maxLength });
      if (typeof value === 'string') setValue(c, value);
      c.addEventListener('input', scheduleValidate);
      return { el: wrap(f, path, c), get: () => (valueOf(c) === '' && !(f.required && f.minLength === 0) ? (f.nullable && f.required ? null : undefined) : valueOf(c)) };
    }
    case 'number':
    case 'integer': {
      const c = h('vscode-textfield', { type: 'number', step: f.kind === 'integer' ? 1 : 'any', min: f.minimum, max: f.maximum });
      if (typeof value === 'number') setValue(c, String(value));
      c.addEventListener('input', scheduleValidate);
      return {
        el: wrap(f, path, c),
        get: () => {
          const t = valueOf(c).trim();
          if (t === '') return f.nullable && f.required ? null : undefined;
          const n = Number(t);
          return Number.isFinite(n) ? n : t; // a non-number stays a string so that validation reports it
        },
      };
    }
    case 'boolean': {
      const c = h('vscode-checkbox', { label: f.key === '[]' ? 'true' : f.label, checked: value === true });
      c.addEventListener('change', scheduleValidate);
      let touched = value !== undefined || f.required;
      c.addEventListener('change', () => (touched = true));
      return { el: wrap({ ...f, label: '' }, path, c, true), get: () => (touched ? (c as unknown as { checked: boolean }).checked : undefined) };
    }
    case 'enum': {
      const vals = f.enumValues ?? [];
      const c = h('vscode-single-select', {});
      if (!f.required || value === undefined) c.append(h('vscode-option', { value: '' }, f.required ? '(choose)' : '(not set)'));
      vals.forEach((v, i) => c.append(h('vscode-option', { value: String(i), selected: JSON.stringify(v) === JSON.stringify(value) }, v === null ? 'null' : String(v))));
      c.addEventListener('change', scheduleValidate);
      return { el: wrap(f, path, c), get: () => (valueOf(c) === '' ? undefined : vals[Number(valueOf(c))]) };
    }
    case 'object': {
      const obj = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
      const children = (f.properties ?? []).map((p) => ({ key: p.key, node: buildField(p, obj[p.key], `${path}/${escapePointer(p.key)}`) }));
      const box = h('div', { class: path ? 'object nested' : 'object' }, ...children.map((c) => c.node.el));
      const err = h('div', { class: 'field-error', 'data-path': path, role: 'alert' });
      errorSlots.set(path, err);
      const el = path
        ? h('fieldset', { class: 'field kind-object', 'data-path': path }, h('legend', {}, h('span', { text: f.label }), f.required ? h('span', { class: 'required', text: ' *' }) : undefined), f.description ? h('vscode-form-helper', {}, h('span', { text: f.description })) : undefined, box, err)
        : h('div', {}, box, err);
      if (!f.properties?.length && !path) box.append(h('div', { class: 'muted', text: 'This tool takes no arguments.' }));
      return {
        el,
        get: () => {
          const out: Record<string, unknown> = {};
          for (const c of children) {
            const v = c.node.get();
            if (v !== undefined) out[c.key] = v;
          }
          return Object.keys(out).length || f.required || !path ? out : undefined;
        },
      };
    }
    case 'array': {
      const items: Array<{ node: FormNode; row: HTMLElement }> = [];
      const list = h('div', { class: 'array' });
      const add = (v: unknown) => {
        const node = buildField(f.items ?? { key: '[]', label: 'item', required: true, kind: 'json' }, v, `${path}/${items.length}`);
        const row = h('div', { class: 'array-item' }, node.el);
        const remove = h('vscode-icon', { name: 'close', 'action-icon': true, label: 'Remove item' });
        remove.addEventListener('click', () => {
          const i = items.findIndex((x) => x.row === row);
          if (i >= 0) items.splice(i, 1);
          row.remove();
          scheduleValidate();
        });
        row.append(remove);
        items.push({ node, row });
        list.append(row);
      };
      if (Array.isArray(value)) value.forEach(add);
      const addBtn = button('Add item', () => {
        add(undefined);
        scheduleValidate();
      }, { icon: 'add', secondary: true });
      const box = h('div', { class: 'array-box' }, list, addBtn);
      return { el: wrap(f, path, box), get: () => (items.length || f.required ? items.map((x) => x.node.get()) : undefined) };
    }
    case 'union': {
      const variants = f.variants ?? [];
      const sel = h('vscode-single-select', { 'aria-label': `${f.label}: shape` });
      if (!f.required) sel.append(h('vscode-option', { value: '' }, '(not set)'));
      const start = value === undefined ? (f.required ? 0 : -1) : Math.max(0, variants.findIndex((v) => matchesKind(v.field, value)));
      variants.forEach((v, i) => sel.append(h('vscode-option', { value: String(i), selected: i === start }, v.title)));
      const holder = h('div', { class: 'variant' });
      let current: FormNode | undefined;
      const show = (i: number, v: unknown) => {
        current = i >= 0 && variants[i] ? buildField({ ...variants[i].field, key: '[]', required: true }, v, path) : undefined;
        holder.replaceChildren(...(current ? [current.el] : []));
      };
      show(start, value);
      sel.addEventListener('change', () => {
        show(valueOf(sel) === '' ? -1 : Number(valueOf(sel)), undefined);
        scheduleValidate();
      });
      const err = h('div', { class: 'field-error', 'data-path': path, role: 'alert' });
      const el = h('div', { class: 'field kind-union', 'data-path': path }, h('vscode-label', { required: f.required }, f.label), sel, holder, err,
        f.description ? h('vscode-form-helper', {}, h('span', { text: f.description })) : undefined);
      errorSlots.set(path, err);
      return { el, get: () => current?.get() };
    }
    default: {
      const c = h('vscode-textarea', { rows: 3, class: 'code grow', placeholder: 'JSON value' });
      if (value !== undefined) setValue(c, JSON.stringify(value, null, 2));
      c.addEventListener('input', scheduleValidate);
      return {
        el: wrap(f, path, c),
        get: () => {
          const t = valueOf(c).trim();
          if (!t) return undefined;
          try {
            return JSON.parse(t);
          } catch {
            return t;
          }
        },
      };
    }
  }
}

function matchesKind(f: Field, v: unknown): boolean {
  switch (f.kind) {
    case 'string': return typeof v === 'string';
    case 'number': case 'integer': return typeof v === 'number';
    case 'boolean': return typeof v === 'boolean';
    case 'array': return Array.isArray(v);
    case 'object': return !!v && typeof v === 'object' && !Array.isArray(v);
    case 'enum': return (f.enumValues ?? []).some((x) => JSON.stringify(x) === JSON.stringify(v));
    default: return true;
  }
}
function escapePointer(k: string): string {
  return k.replace(/~/g, '~0').replace(/\//g, '~1');
}

// ---------- results ----------

function renderItems(items: ResultItem[]): HTMLElement[] {
  return items.map((it) => {
    switch (it.kind) {
      case 'text':
        return h('div', { class: 'item text' }, h('pre', { class: 'code', text: it.text }), it.truncated ? h('div', { class: 'muted', text: `… ${it.truncated.toLocaleString()} more characters not shown` }) : undefined);
      case 'image':
        return h('div', { class: 'item image' }, it.dataUri ? h('img', { src: it.dataUri, alt: `image (${it.mimeType})` }) : undefined, h('div', { class: 'muted', text: `${it.mimeType}, ${it.bytes.toLocaleString()} bytes${it.note ? ` — ${it.note}` : ''}` }));
      case 'audio':
        return h('div', { class: 'item', text: `audio ${it.mimeType}, ${it.bytes.toLocaleString()} bytes (not played)` });
      case 'resource':
        return h('div', { class: 'item resource' }, h('div', {}, h('vscode-icon', { name: 'file' }), h('code', { text: ` ${it.uri}` }), h('span', { class: 'muted', text: ` ${it.mimeType ?? ''}` })),
          it.text !== undefined ? h('pre', { class: 'code', text: it.text }) : h('div', { class: 'muted', text: `binary, ${(it.blobBytes ?? 0).toLocaleString()} bytes` }),
          it.truncated ? h('div', { class: 'muted', text: `… ${it.truncated.toLocaleString()} more characters not shown` }) : undefined);
      case 'resource_link': {
        const read = button('Read', () => send({ type: 'readResource', uri: it.uri }), { icon: 'book', secondary: true });
        return h('div', { class: 'item link' }, h('vscode-icon', { name: 'link' }), h('span', { class: 'name', text: ` ${it.name ?? ''} ` }), h('code', { text: it.uri }), it.description ? h('div', { class: 'muted', text: it.description }) : undefined, read);
      }
      default:
        return h('div', { class: 'item' }, h('pre', { class: 'code', text: it.json }));
    }
  });
}

function renderResult(v: ResultView): void {
  const r = document.getElementById('result');
  if (!r) return;
  const head = h('div', { class: `result-head status-${v.status}`, id: 'result-status', 'data-status': v.status },
    h('vscode-icon', { name: v.status === 'ok' ? 'pass' : 'error' }),
    h('strong', { text: v.status === 'ok' ? ' Result' : v.status === 'isError' ? ' The tool reported an error (isError)' : ` Call failed: ${v.error?.kind ?? ''}` }),
    h('span', { class: 'muted', text: ` in ${v.durationMs} ms`, id: 'duration' }));
  const parts: HTMLElement[] = [head];
  if (v.error) parts.push(h('div', { class: `error-box kind-${v.error.kind}`, text: v.error.message }));
  parts.push(...renderItems(v.items));
  if (v.structured) {
    const validity = v.structured.valid === undefined ? 'no outputSchema' : v.structured.valid ? 'matches outputSchema' : 'does NOT match outputSchema';
    parts.push(h('div', { class: 'item structured' }, h('div', {}, h('strong', { text: 'structuredContent ' }), h('span', { class: v.structured.valid === false ? 'error' : 'muted', text: validity, id: 'structured-validity' })),
      v.structured.errors?.length ? h('ul', { class: 'error' }, ...v.structured.errors.map((e) => h('li', { text: `${e.path || '(root)'} ${e.message}` }))) : undefined,
      v.structured.json ? h('pre', { class: 'code', text: v.structured.json }) : undefined));
  }
  r.replaceChildren(...parts);
}

// ---------- log and history ----------

function appendLog(entries: Extract<ToWebview, { type: 'log' }>['entries'], reset?: boolean): void {
  const log = $('log');
  if (reset) log.replaceChildren();
  const icons = { out: 'arrow-right', in: 'arrow-left', stderr: 'terminal', error: 'error', info: 'info' } as const;
  for (const e of entries) {
    const time = new Date(e.at).toLocaleTimeString();
    log.append(h('details', { class: `log-row dir-${e.dir}` }, h('summary', {}, h('vscode-icon', { name: icons[e.dir] }), h('span', { class: 'muted', text: ` ${time} ` }), h('span', { text: e.label })), h('pre', { class: 'code', text: e.text })));
  }
  while (log.childElementCount > 2_000) log.firstElementChild?.remove();
}

function renderHistory(entries: Extract<ToWebview, { type: 'history' }>['entries']): void {
  const list = $('history');
  list.replaceChildren();
  if (!entries.length) list.append(h('div', { class: 'muted', text: 'No calls yet for this server.' }));
  for (const e of entries) {
    list.append(h('div', { class: `item history-row status-${e.status}` },
      h('div', { class: 'row' }, h('strong', { text: e.tool }), h('span', { class: 'muted', text: ` ${new Date(e.at).toLocaleString()} · ${e.durationMs} ms · ${e.status}` }),
        button('Replay', () => send({ type: 'replay', id: e.id }), { icon: 'debug-rerun', secondary: true })),
      h('code', { class: 'args', text: JSON.stringify(e.args).slice(0, 500) }),
      h('div', { class: 'muted', text: e.summary })));
  }
}

// ---------- messages ----------

window.addEventListener('message', (ev: MessageEvent) => {
  const p = parseMessage(ToWebviewSchema, ev.data);
  if (!p.ok) {
    console.warn(`sandbox: dropped a message that does not match the protocol (${p.error})`);
    return;
  }
  const m = p.msg;
  switch (m.type) {
    case 'persist':
      persisted = { ...m.state, tab: persisted.tab };
      vscode.setState(persisted);
      break;
    case 'status':
      // A notice about the previous state ("reconnect to use it") is stale once connected.
      if (m.state === 'connected' && status?.state !== 'connected') $('notice').replaceChildren();
      status = m;
      if (m.config && !persisted.mcpJsonName) {
        // Reflect the config the host is using (e.g. restored after reload).
        connectKind = m.config.kind;
        if (m.config.kind === 'stdio') {
          setValue($('command'), m.config.command);
          setValue($('args'), m.config.args.map(quoteArg).join(' '));
          setValue($('cwd'), m.config.cwd ?? '');
        } else setValue($('url'), m.config.url);
        showConnectFields();
      }
      renderStatus();
      break;
    case 'listing':
      listing = m;
      renderListing();
      break;
    case 'form':
      selected = m.tool;
      lastForm = m;
      markSelected();
      renderToolDetail(m);
      scheduleValidate();
      break;
    case 'select':
      selected = m.tool;
      markSelected();
      if (m.pending) renderToolDetail(undefined, m.tool);
      break;
    case 'validation':
      showValidation(m);
      break;
    case 'callStarted':
      setRunning(true);
      document.getElementById('result')?.replaceChildren(h('div', { class: 'muted', text: `Calling ${m.tool}…` }));
      break;
    case 'progress': {
      const bar = document.getElementById('progress');
      if (bar && m.total) {
        (bar as unknown as { indeterminate: boolean }).indeterminate = false;
        (bar as unknown as { max: number }).max = m.total;
        (bar as unknown as { value: number }).value = m.progress;
      }
      const t = document.getElementById('progress-text');
      if (t) t.textContent = `${m.progress}${m.total ? ` / ${m.total}` : ''}${m.message ? ` — ${m.message}` : ''}`;
      break;
    }
    case 'result':
      setRunning(false);
      renderResult(m.view);
      break;
    case 'log':
      appendLog(m.entries, m.reset);
      break;
    case 'history':
      renderHistory(m.entries);
      break;
    case 'setArgs':
      if (m.tool === formTool && lastForm) {
        errorSlots.clear();
        form = buildField(lastForm.root, m.args, '');
        $('form').replaceChildren(form.el);
        if (rawMode) setValue($('raw-json'), JSON.stringify(m.args, null, 2));
      }
      break;
    case 'resourceContent':
      $('resource-content').replaceChildren(h('h3', { text: m.uri }), ...(m.error ? [h('div', { class: 'error-box', text: m.error })] : renderItems(m.items)));
      break;
    case 'promptResult':
      $('prompt-result').textContent = m.error ? `Error: ${m.error}` : m.text;
      break;
    case 'notice':
      showNotice(m.level, m.text);
      break;
  }
});

layout();
send({ type: 'ready', state: persisted });
