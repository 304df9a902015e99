import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../checks/context';
import { callArgs, callPrefix, handlerSpans, helperSpansOf, isComment, kwarg, literalText, matchAll, nodeAt, rangeAt, upFrom, type HandlerSpan } from '../checks/text/util';
import type { McpDefinition } from '../types';
import type { CheckRule } from './types';

const ID = 'annotation-mismatch';

type Op = 'write' | 'overwrite' | 'delete' | 'exec' | 'shell' | 'http' | 'sql-write' | 'sql-destroy';
interface OpHit {
  op: Op;
  text: string;
}

/** What a handler does, found by call names in its text. Capture groups name the operation. */
/** TypeScript: one regex per kind of call, matched at the method name; `receiverOk` checks what comes before the dot. */
const FS_RECEIVER = /^(?:fs|fsp|fse|fsPromises|fsExtra|fs\.promises|promises)$/;
const CP_RECEIVER = /^(?:child_process|childProcess|cp)$/;
const TS_OPS: { re: RegExp; op: Op; receiver?: RegExp }[] = [
  { re: /\b(writeFile|writeFileSync|outputFile|outputFileSync|writeJson|writeJsonSync|rename|renameSync|copyFile|copyFileSync|truncate|truncateSync|move|moveSync)\s*\(/g, op: 'overwrite', receiver: FS_RECEIVER },
  { re: /\b(appendFile|appendFileSync|createWriteStream|mkdir|mkdirSync|symlink|symlinkSync|chmod|chmodSync|chown|chownSync|cp|cpSync|ensureDir|mkdirp)\s*\(/g, op: 'write', receiver: FS_RECEIVER },
  { re: /\b(unlink|unlinkSync|rm|rmSync|rmdir|rmdirSync|rimraf|remove|removeSync|emptyDir|emptyDirSync)\s*\(/g, op: 'delete', receiver: FS_RECEIVER },
  { re: /\b(exec|execSync|execAsync|execPromise|execaCommand|execaCommandSync)\s*\(/g, op: 'shell', receiver: CP_RECEIVER },
  { re: /\b(execFile|execFileSync|spawn|spawnSync|fork|execa|execaSync)\s*\(/g, op: 'exec', receiver: CP_RECEIVER },
  { re: /\b(process\.kill)\s*\(/g, op: 'shell' },
  { re: /\bmethod\s*:\s*["'`](?:POST|PUT|PATCH|DELETE|post|put|patch|delete)["'`]/g, op: 'http' },
  { re: /\b((?:axios|got|ky|superagent|http|client|api)\.(?:post|put|patch|delete))\s*\(/g, op: 'http' },
  { re: /\.(sendMail)\s*\(/g, op: 'http' },
];

/** Python: one regex per kind of call (a combined alternation backtracks); group 1 is the call. */
const PY_OPS: { re: RegExp; op: Op }[] = [
  { re: /\b(open)\s*\(/g, op: 'write' },
  { re: /\.(write_text|write_bytes|rename)\s*\(/g, op: 'overwrite' },
  { re: /\b(os\.(?:rename|replace|renames)|shutil\.move)\s*\(/g, op: 'overwrite' },
  { re: /\b(os\.kill|os\.killpg)\s*\(|\.(terminate|kill)\s*\(\s*\)/g, op: 'shell' },
  { re: /\.(sendmail|send_message)\s*\(/g, op: 'http' },
  { re: /\.(symlink_to|touch|mkdir|chmod)\s*\(/g, op: 'write' },
  { re: /\b(os\.(?:makedirs|mkdir|chmod|chown|truncate|symlink|link)|shutil\.(?:copy\w*|chown|make_archive|unpack_archive))\s*\(/g, op: 'write' },
  { re: /\b(os\.(?:remove|unlink|rmdir|removedirs)|shutil\.rmtree)\s*\(/g, op: 'delete' },
  { re: /\.(unlink|rmdir)\s*\(/g, op: 'delete' },
  { re: /\b(os\.(?:system|popen)|asyncio\.create_subprocess_shell|subprocess\.getoutput|subprocess\.getstatusoutput)\s*\(/g, op: 'shell' },
  { re: /\b(subprocess\.\w+|os\.(?:exec\w*|spawn\w*|posix_spawnp?)|asyncio\.create_subprocess_exec|pexpect\.(?:spawn|run))\s*\(/g, op: 'exec' },
  { re: /\b((?:requests|httpx|session|client|aiohttp|http)\.(?:post|put|patch|delete))\s*\(/g, op: 'http' },
  { re: /\b(method\s*=\s*["'](?:POST|PUT|PATCH|DELETE|post|put|patch|delete)["'])/g, op: 'http' },
];

const SQL = /\b(DELETE\s+FROM|DROP\s+(?:TABLE|DATABASE|SCHEMA|INDEX|VIEW|COLLECTION)|TRUNCATE\s+(?:TABLE\s+)?\w)|\b(INSERT\s+INTO|UPDATE\s+\w+\s+SET|ALTER\s+TABLE|CREATE\s+TABLE|REPLACE\s+INTO)\b/gi;

const HINT = /\b(readOnlyHint|destructiveHint|read_only_hint|destructive_hint)["']?\s*[:=]\s*(true|false|True|False)\b/g;
const HAS_ANNOTATIONS = /\bannotations\s*[:=]|\bToolAnnotations\s*\(|\b(?:readOnly|destructive|idempotent|openWorld)Hint\b/g;

const WHAT: Record<Op, string> = {
  write: 'writes to the file system',
  overwrite: 'overwrites or moves files',
  delete: 'deletes files',
  exec: 'starts processes',
  shell: 'runs shell commands or stops processes',
  http: 'sends data out (non-GET HTTP requests, mail)',
  'sql-write': 'changes database rows',
  'sql-destroy': 'deletes or drops database data',
};
const DESTRUCTIVE = new Set<Op>(['overwrite', 'delete', 'shell', 'sql-destroy']);

function isCode(n: Node | null): boolean {
  for (const a of upFrom(n, 3)) {
    if (isComment(a) || a.type === 'string' || a.type === 'template_string') return false;
  }
  return true;
}

/** A string that is a statement of its own (a docstring), not a value. */
function isDocstring(n: Node | null): boolean {
  for (const a of upFrom(n, 3)) if (a.type === 'string') return a.parent?.type === 'expression_statement';
  return false;
}

/** Python open(): a write only with a mode that writes (w, a, x, +). */
function pyOpenWrites(ctx: CheckContext, index: number): boolean {
  for (const a of upFrom(nodeAt(ctx, index), 3)) {
    if (a.type !== 'call') continue;
    const mode = kwarg(a, 'mode') ?? callArgs(a).filter((x) => x.type !== 'keyword_argument')[1];
    const v = literalText(mode);
    return v !== undefined && /[wax+]/.test(v);
  }
  return false;
}

function opsIn(ctx: CheckContext, span: HandlerSpan): OpHit[] {
  const text = ctx.text.slice(span.start, span.end);
  const out: OpHit[] = [];
  const hits: { m: RegExpExecArray; op: Op; call: string }[] = [];
  if (ctx.lang === 'ts') {
    for (const k of TS_OPS) {
      for (const m of matchAll(ctx, k.re, text)) {
        // A bare call (`rm(…)`, imported by name) or one on the module (`fs.rm(…)`); not `cache.rm(…)` or `/x/.exec(…)`.
        if (k.receiver && text[m.index - 1] === '.') {
          let i = m.index - 1;
          while (i > 0 && /[\w$.]/.test(text[i - 1]) && m.index - i < 40) i--;
          if (!k.receiver.test(text.slice(i, m.index - 1))) continue;
        }
        hits.push({ m, op: k.op, call: m[1] ?? m[0] });
      }
    }
  } else {
    for (const k of PY_OPS) for (const m of matchAll(ctx, k.re, text)) hits.push({ m, op: k.op, call: m[1] });
  }
  hits.sort((a, b) => a.m.index - b.m.index);
  for (const h of hits) {
    const { m, call } = h;
    let op = h.op;
    const at = span.start + m.index;
    const isHttpMethod = /^method/.test(m[0]);
    if (!isHttpMethod && !isCode(nodeAt(ctx, at + m[0].search(/\w/)))) continue;
    if (ctx.lang === 'py' && call === 'open') {
      if (text[m.index - 1] === '.') continue;
      if (!pyOpenWrites(ctx, at + m[0].indexOf('('))) continue;
      op = 'overwrite';
    }
    if (ctx.lang === 'py' && op === 'exec' && /^subprocess/.test(m[0]) && /\bshell\s*=\s*True\b/.test(ctx.text.slice(at, Math.min(span.end, at + 400)).split('\n)')[0])) op = 'shell';
    if (ctx.lang === 'ts' && op === 'exec' && /\bshell\s*:\s*true\b/.test(ctx.text.slice(at, Math.min(span.end, at + 300)))) op = 'shell';
    out.push({ op, text: callPrefix(m[0]) });
  }
  for (const m of matchAll(ctx, SQL, text)) {
    const n = nodeAt(ctx, span.start + m.index);
    if (isCode(n) || isDocstring(n)) continue;
    out.push({ op: m[1] ? 'sql-destroy' : 'sql-write', text: m[0].replace(/\s+/g, ' ') });
  }
  return out;
}

/** The registration declares annotations in code (not in a comment or docstring). */
function declaresAnnotations(ctx: CheckContext, regStart: number, regText: string): boolean {
  for (const m of matchAll(ctx, HAS_ANNOTATIONS, regText)) {
    const at = nodeAt(ctx, regStart + m.index);
    if (!isComment(at) && !isDocstring(at)) return true;
  }
  return false;
}

interface Hint {
  value: boolean;
  from: number;
  to: number;
}

function check(ctx: CheckContext): void {
  if (!ctx.isMcp || ctx.definitions.length === 0) return;
  const byDef = new Map<McpDefinition, HandlerSpan[]>();
  for (const s of handlerSpans(ctx)) {
    if (!s.def || s.def.kind !== 'tool') continue;
    const l = byDef.get(s.def) ?? [];
    l.push(s);
    byDef.set(s.def, l);
  }
  // What a span does, by its text offsets: a helper called by many tools is read once.
  const opsMemo = new Map<string, OpHit[]>();
  const opsOf = (s: HandlerSpan): OpHit[] => {
    const key = `${s.start}:${s.end}`;
    let ops = opsMemo.get(key);
    if (!ops) opsMemo.set(key, (ops = opsIn(ctx, s)));
    return ops;
  };
  for (const [def, spans] of byDef) {
    ctx.checkBudget();
    const { regStart, regEnd } = spans[0];
    const regText = ctx.text.slice(regStart, regEnd);
    // Tools without hints keep the spec's defaults (not read-only, destructive): nothing to compare.
    if (def.annotations === undefined && !regText.includes('Hint') && !regText.includes('hint') && !regText.includes('nnotations')) continue;
    // The hints as written in the registration (decorator included for Python).
    let readOnly: Hint | undefined;
    let destructive: Hint | undefined;
    for (const m of matchAll(ctx, HINT, regText)) {
      const at = nodeAt(ctx, regStart + m.index);
      // A quoted key (`{"readOnlyHint": True}`) is fine; a comment or docstring is not.
      if (isComment(at) || isDocstring(at)) continue;
      const h = { value: /^t/i.test(m[2]), from: regStart + m.index, to: regStart + m.index + m[0].length };
      if (/read/i.test(m[1])) readOnly ??= h;
      else destructive ??= h;
    }
    const declared = readOnly !== undefined || destructive !== undefined || def.annotations !== undefined || declaresAnnotations(ctx, regStart, regText);
    if (!declared || (readOnly?.value === false && destructive?.value === true) || (!readOnly?.value && destructive?.value === true)) continue;
    // The handler's own operations come first: when they already decide what is reported (the
    // first one under readOnlyHint: true, else the first destructive one), helpers are not read.
    const own = spans.flatMap(opsOf);
    const decided = readOnly?.value ? own.length > 0 : own.some((o) => DESTRUCTIVE.has(o.op));
    const ops = decided ? own : [...own, ...helperSpansOf(ctx, spans).flatMap(opsOf)];
    if (ops.length === 0) continue;
    if (readOnly?.value) {
      const o = ops[0];
      ctx.report({
        ruleId: ID,
        message: `Tool \`${def.name}\` is annotated readOnlyHint: true, but its handler ${WHAT[o.op]} (\`${o.text}\`). Clients use this hint to run a tool without asking the user: a tool that changes anything must not claim to be read-only.`,
        at: rangeAt(ctx, readOnly.from, readOnly.to),
        definition: def.name,
      });
      continue;
    }
    const d = ops.find((o) => DESTRUCTIVE.has(o.op));
    if (!d) continue;
    if (destructive && !destructive.value) {
      ctx.report({
        ruleId: ID,
        message: `Tool \`${def.name}\` is annotated destructiveHint: false, but its handler ${WHAT[d.op]} (\`${d.text}\`). Clients use this hint to decide whether to ask the user before a call: declare destructiveHint: true.`,
        at: rangeAt(ctx, destructive.from, destructive.to),
        definition: def.name,
      });
    } else if (!destructive) {
      ctx.report({
        ruleId: ID,
        message: `Tool \`${def.name}\` declares annotations but no destructiveHint, and its handler ${WHAT[d.op]} (\`${d.text}\`). Say destructiveHint: true explicitly so clients and reviewers see that a call can destroy data.`,
        at: { start: def.nameRange.start, end: def.nameRange.end },
        definition: def.name,
      });
    }
  }
}

export const annotationMismatch: CheckRule = {
  meta: {
    id: ID,
    title: 'Tool annotations claim read-only or non-destructive, but the handler writes, deletes or runs commands',
    severity: 'warning',
    cwe: [285],
    languages: ['ts', 'py'],
    docs: 'docs/rules/annotation-mismatch.md',
  },
  check,
};
