// A tool result turned into a view model by content type: text, image, audio, embedded
// resource, resource link, structuredContent checked against the tool's outputSchema, isError
// flagged, duration. The webview renders this model with textContent only; images go through
// a data: URI limited to raster MIME types.
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { validateArgs, type FieldError } from './form';
import type { CallOutcome, ErrorKind } from './session';

export type ResultItem =
  | { kind: 'text'; text: string; truncated?: number }
  | { kind: 'image'; mimeType: string; dataUri?: string; bytes: number; note?: string }
  | { kind: 'audio'; mimeType: string; bytes: number }
  | { kind: 'resource'; uri: string; mimeType?: string; text?: string; blobBytes?: number; truncated?: number }
  | { kind: 'resource_link'; uri: string; name?: string; description?: string; mimeType?: string }
  | { kind: 'unknown'; json: string };

export interface ResultView {
  tool: string;
  durationMs: number;
  status: 'ok' | 'isError' | 'failed';
  error?: { kind: ErrorKind; message: string };
  items: ResultItem[];
  structured?: { json: string; valid?: boolean; errors?: FieldError[]; truncated?: number };
}

/** Largest text shown in one item; the rest is counted, not sent to the webview. */
export const TEXT_VIEW_LIMIT = 256 * 1024;
/** Largest image shown inline (base64 characters). */
const IMAGE_VIEW_LIMIT = 4 * 1024 * 1024;
const RASTER = /^image\/(png|jpeg|gif|webp|bmp|x-icon|vnd\.microsoft\.icon|avif)$/;

export function resultView(toolName: string, outcome: CallOutcome, tool?: Pick<Tool, 'outputSchema'>): ResultView {
  if (outcome.error || !outcome.result) {
    return { tool: toolName, durationMs: outcome.durationMs, status: 'failed', error: outcome.error ?? { kind: 'server', message: 'No result.' }, items: [] };
  }
  const r: CallToolResult = outcome.result;
  const view: ResultView = { tool: toolName, durationMs: outcome.durationMs, status: r.isError ? 'isError' : 'ok', items: [] };
  for (const c of Array.isArray(r.content) ? r.content : []) view.items.push(item(c as Record<string, unknown>));
  if (r.structuredContent !== undefined) {
    const { text, truncated } = cut(safeJson(r.structuredContent));
    view.structured = truncated ? { json: text, truncated } : { json: text };
    if (tool?.outputSchema) {
      const v = validateArgs(tool.outputSchema, r.structuredContent);
      view.structured.valid = v.schemaProblem ? undefined : v.ok;
      if (!v.ok) view.structured.errors = v.errors;
    }
  } else if (tool?.outputSchema && !r.isError) {
    view.structured = { json: '', valid: false, errors: [{ path: '', message: 'the tool declares an outputSchema but returned no structuredContent' }] };
  }
  return view;
}

function item(c: Record<string, unknown>): ResultItem {
  switch (c.type) {
    case 'text': {
      return { kind: 'text', ...cut(typeof c.text === 'string' ? c.text : '') };
    }
    case 'image': {
      const mimeType = typeof c.mimeType === 'string' ? c.mimeType.toLowerCase() : '';
      const data = typeof c.data === 'string' ? c.data : '';
      const bytes = Math.floor((data.length * 3) / 4);
      if (!RASTER.test(mimeType)) return { kind: 'image', mimeType, bytes, note: `not shown: ${mimeType || 'no MIME type'} is not a raster image type` };
      if (data.length > IMAGE_VIEW_LIMIT) return { kind: 'image', mimeType, bytes, note: 'not shown: larger than 3 MB' };
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return { kind: 'image', mimeType, bytes, note: 'not shown: the data is not base64' };
      return { kind: 'image', mimeType, bytes, dataUri: `data:${mimeType};base64,${data}` };
    }
    case 'audio':
      return { kind: 'audio', mimeType: String(c.mimeType ?? ''), bytes: typeof c.data === 'string' ? Math.floor((c.data.length * 3) / 4) : 0 };
    case 'resource': {
      const res = (c.resource ?? {}) as Record<string, unknown>;
      const out: ResultItem = { kind: 'resource', uri: String(res.uri ?? ''), mimeType: typeof res.mimeType === 'string' ? res.mimeType : undefined };
      if (typeof res.text === 'string') {
        Object.assign(out, cut(res.text));
      } else if (typeof res.blob === 'string') out.blobBytes = Math.floor((res.blob.length * 3) / 4);
      return out;
    }
    case 'resource_link':
      return { kind: 'resource_link', uri: String(c.uri ?? ''), name: opt(c.name), description: opt(c.description), mimeType: opt(c.mimeType) };
    default:
      return { kind: 'unknown', json: cut(safeJson(c)).text };
  }
}

function cut(s: string): { text: string; truncated?: number } {
  return s.length > TEXT_VIEW_LIMIT ? { text: s.slice(0, TEXT_VIEW_LIMIT), truncated: s.length - TEXT_VIEW_LIMIT } : { text: s };
}
function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, null, 2) ?? 'undefined';
  } catch {
    return '(not serialisable)';
  }
}
function opt(x: unknown): string | undefined {
  return typeof x === 'string' ? x : undefined;
}

/** A one-line summary of a result for history lists. */
export function summarize(v: ResultView): string {
  if (v.status === 'failed') return `${v.error?.kind}: ${v.error?.message ?? ''}`.slice(0, 200);
  const first = v.items[0];
  const s = !first ? (v.structured ? 'structured content' : '(empty result)')
    : first.kind === 'text' ? first.text
    : first.kind === 'resource_link' ? `link ${first.uri}`
    : first.kind === 'resource' ? `resource ${first.uri}`
    : first.kind === 'image' ? `image ${first.mimeType}`
    : first.kind;
  return (v.status === 'isError' ? 'isError: ' : '') + s.replace(/\s+/g, ' ').slice(0, 200);
}
