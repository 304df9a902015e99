// The one message protocol between the sandbox webview and the extension host. Every message is
// checked with these zod schemas on arrival, on both sides (webview/main.ts and panel.ts).
// Nothing in it ever carries a token, header value or secret env value to the webview: the
// host only says whether auth is set (`hasAuth`).
import { z } from 'zod';

const str = (max = 100_000) => z.string().max(max);

export const ServerConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stdio'), name: str(200).optional(), command: str(4_096).min(1), args: z.array(str(4_096)).max(200), env: z.record(str(200), str(32_768)), cwd: str(4_096).optional() }),
  z.object({ kind: z.literal('http'), name: str(200).optional(), url: str(4_096).min(1) }),
  z.object({ kind: z.literal('sse'), name: str(200).optional(), url: str(4_096).min(1) }),
]);

/** What the webview keeps across reloads (vscode.setState) and the serializer restores. No secrets. */
export const PersistedStateSchema = z.object({
  config: ServerConfigSchema.optional(),
  mcpJsonName: str(200).optional(),
  selectedTool: str(500).optional(),
  tab: z.enum(['tools', 'resources', 'prompts', 'log', 'history']).optional(),
});
export type PersistedState = z.infer<typeof PersistedStateSchema>;

export const ToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready'), state: PersistedStateSchema.optional() }),
  z.object({ type: z.literal('connect'), config: ServerConfigSchema }),
  z.object({ type: z.literal('connectMcpJson'), name: str(200) }),
  z.object({ type: z.literal('reconnect') }),
  z.object({ type: z.literal('disconnect') }),
  z.object({ type: z.literal('setAuth') }),
  z.object({ type: z.literal('clearAuth') }),
  z.object({ type: z.literal('selectTool'), name: str(500) }),
  z.object({ type: z.literal('validate'), tool: str(500), args: z.unknown() }),
  z.object({ type: z.literal('call'), tool: str(500), args: z.unknown() }),
  z.object({ type: z.literal('cancel') }),
  z.object({ type: z.literal('replay'), id: str(100) }),
  z.object({ type: z.literal('clearHistory') }),
  z.object({ type: z.literal('clearLog') }),
  z.object({ type: z.literal('openDefinition'), tool: str(500) }),
  z.object({ type: z.literal('readResource'), uri: str(8_192) }),
  z.object({ type: z.literal('getPrompt'), name: str(500), args: z.record(str(200), str(100_000)) }),
  z.object({ type: z.literal('persist'), state: PersistedStateSchema }),
]);
export type ToHost = z.infer<typeof ToHostSchema>;

const FieldErrorSchema = z.object({ path: z.string(), message: z.string() });

export interface FieldShape {
  key: string; label: string; description?: string; required: boolean;
  kind: 'string' | 'number' | 'integer' | 'boolean' | 'enum' | 'array' | 'object' | 'union' | 'json';
  default?: unknown; enumValues?: unknown[]; minLength?: number; maxLength?: number; pattern?: string; format?: string;
  minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number; multipleOf?: number;
  minItems?: number; maxItems?: number; items?: FieldShape; properties?: FieldShape[]; variants?: { title: string; field: FieldShape }[];
  nullable?: boolean; secret?: boolean;
}
export const FieldSchema: z.ZodType<FieldShape> = z.lazy(() =>
  z.object({
    key: z.string(), label: z.string(), description: z.string().optional(), required: z.boolean(),
    kind: z.enum(['string', 'number', 'integer', 'boolean', 'enum', 'array', 'object', 'union', 'json']),
    default: z.unknown().optional(), enumValues: z.array(z.unknown()).optional(),
    minLength: z.number().optional(), maxLength: z.number().optional(), pattern: z.string().optional(), format: z.string().optional(),
    minimum: z.number().optional(), maximum: z.number().optional(), exclusiveMinimum: z.number().optional(), exclusiveMaximum: z.number().optional(), multipleOf: z.number().optional(),
    minItems: z.number().optional(), maxItems: z.number().optional(),
    items: FieldSchema.optional(), properties: z.array(FieldSchema).optional(),
    variants: z.array(z.object({ title: z.string(), field: FieldSchema })).optional(),
    nullable: z.boolean().optional(), secret: z.boolean().optional(),
  }),
);

export const ToolViewSchema = z.object({
  name: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  annotations: z.object({ readOnlyHint: z.boolean().optional(), destructiveHint: z.boolean().optional(), idempotentHint: z.boolean().optional(), openWorldHint: z.boolean().optional(), title: z.string().optional() }).optional(),
  hasOutputSchema: z.boolean(),
  /** Where the tool is defined in the workspace, and what the analyzer reports on it. */
  definition: z.object({ file: z.string(), line: z.number() }).optional(),
  findings: z.array(z.object({ rule: z.string(), message: z.string() })).optional(),
});
export type ToolView = z.infer<typeof ToolViewSchema>;

const ResultItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string(), truncated: z.number().optional() }),
  z.object({ kind: z.literal('image'), mimeType: z.string(), dataUri: z.string().regex(/^data:image\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/]*={0,2}$/).optional(), bytes: z.number(), note: z.string().optional() }),
  z.object({ kind: z.literal('audio'), mimeType: z.string(), bytes: z.number() }),
  z.object({ kind: z.literal('resource'), uri: z.string(), mimeType: z.string().optional(), text: z.string().optional(), blobBytes: z.number().optional(), truncated: z.number().optional() }),
  z.object({ kind: z.literal('resource_link'), uri: z.string(), name: z.string().optional(), description: z.string().optional(), mimeType: z.string().optional() }),
  z.object({ kind: z.literal('unknown'), json: z.string() }),
]);

const ErrorKindSchema = z.enum(['auth', 'timeout', 'cancelled', 'oversize', 'crashed', 'untrusted', 'connect', 'server', 'invalid']);

export const ResultViewSchema = z.object({
  tool: z.string(),
  durationMs: z.number(),
  status: z.enum(['ok', 'isError', 'failed']),
  error: z.object({ kind: ErrorKindSchema, message: z.string() }).optional(),
  items: z.array(ResultItemSchema),
  structured: z.object({ json: z.string(), valid: z.boolean().optional(), errors: z.array(FieldErrorSchema).optional(), truncated: z.number().optional() }).optional(),
});

const LogEntrySchema = z.object({ seq: z.number(), at: z.number(), dir: z.enum(['out', 'in', 'stderr', 'error', 'info']), label: z.string(), text: z.string() });
const HistoryEntrySchema = z.object({ id: z.string(), at: z.number(), tool: z.string(), args: z.record(z.string(), z.unknown()), durationMs: z.number(), status: z.enum(['ok', 'isError', 'failed']), summary: z.string() });

export const ToWebviewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('persist'), state: PersistedStateSchema }),
  z.object({
    type: z.literal('status'),
    state: z.enum(['disconnected', 'connecting', 'connected', 'failed', 'crashed']),
    server: z.string().optional(),
    kind: z.enum(['stdio', 'http', 'sse']).optional(),
    info: z.object({ name: z.string(), version: z.string(), instructions: z.string().optional(), capabilities: z.record(z.string(), z.boolean()) }).optional(),
    error: z.object({ kind: ErrorKindSchema, message: z.string() }).optional(),
    hasAuth: z.boolean(),
    trusted: z.boolean(),
    mcpJsonServers: z.array(z.string()),
    config: ServerConfigSchema.optional(),
  }),
  z.object({
    type: z.literal('listing'),
    tools: z.array(ToolViewSchema),
    resources: z.array(z.object({ uri: z.string(), name: z.string(), description: z.string().optional(), mimeType: z.string().optional() })),
    templates: z.array(z.object({ uriTemplate: z.string(), name: z.string(), description: z.string().optional() })),
    prompts: z.array(z.object({ name: z.string(), description: z.string().optional(), arguments: z.array(z.object({ name: z.string(), description: z.string().optional(), required: z.boolean().optional() })) })),
  }),
  z.object({ type: z.literal('form'), tool: z.string(), root: FieldSchema, initial: z.unknown(), notes: z.array(z.string()), confirm: z.string().optional() }),
  z.object({ type: z.literal('validation'), tool: z.string(), ok: z.boolean(), errors: z.array(FieldErrorSchema), schemaProblem: z.string().optional() }),
  z.object({ type: z.literal('callStarted'), tool: z.string() }),
  z.object({ type: z.literal('progress'), progress: z.number(), total: z.number().optional(), message: z.string().optional() }),
  z.object({ type: z.literal('result'), view: ResultViewSchema }),
  z.object({ type: z.literal('log'), entries: z.array(LogEntrySchema), reset: z.boolean().optional() }),
  z.object({ type: z.literal('history'), entries: z.array(HistoryEntrySchema) }),
  z.object({ type: z.literal('setArgs'), tool: z.string(), args: z.unknown() }),
  z.object({ type: z.literal('resourceContent'), uri: z.string(), items: z.array(ResultItemSchema), error: z.string().optional() }),
  z.object({ type: z.literal('promptResult'), name: z.string(), text: z.string(), error: z.string().optional() }),
  z.object({ type: z.literal('notice'), level: z.enum(['info', 'warning', 'error']), text: z.string() }),
  z.object({ type: z.literal('select'), tool: z.string(), pending: z.boolean() }),
]);
export type ToWebview = z.infer<typeof ToWebviewSchema>;

/** Parses an incoming message; undefined (and the reason) when it does not match the protocol. */
export function parseMessage<T>(schema: z.ZodType<T>, data: unknown): { ok: true; msg: T } | { ok: false; error: string } {
  const r = schema.safeParse(data);
  return r.success ? { ok: true, msg: r.data } : { ok: false, error: r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
}
