import type { Node } from 'web-tree-sitter';
import type { CheckContext } from '../checks/context';
import { callsIn, fromProject, moduleIndex, resolveCallee } from '../checks/text/project';
import { isExternalModule } from '../py/module';
import { callArgs, callPrefix, calleeName, handlerSpans, helperSpansOf, isComment, kwarg, literalText, lowerText, matchAll, nodeAt, rangeAt, upFrom, words, type HandlerSpan } from '../checks/text/util';
import type { McpDefinition, Range } from '../types';
import type { CheckRule } from './types';

const ID = 'annotation-mismatch';

type Op = 'write' | 'overwrite' | 'delete' | 'exec' | 'shell' | 'http' | 'sql-write' | 'sql-destroy' | 'named-delete';
interface OpHit {
  op: Op;
  text: string;
}

/** What a handler does, found by call names in its text. Capture groups name the operation. */
/** TypeScript: one regex per kind of call, matched at the method name; `receiverOk` checks what comes before the dot. */
const FS_RECEIVER = /^(?:fs|fsp|fse|fsPromises|fsExtra|fs\.promises|promises)$/;
const CP_RECEIVER = /^(?:child_process|childProcess|cp)$/;
/** `needles`: strings every match of `re` contains; a handler without any is not searched with `re`. */
const TS_OPS: { re: RegExp; needles: string[]; op: Op; receiver?: RegExp }[] = [
  { re: /\b(writeFile|writeFileSync|outputFile|outputFileSync|writeJson|writeJsonSync|rename|renameSync|copyFile|copyFileSync|truncate|truncateSync|move|moveSync)\s*\(/g, needles: ['writeFile', 'outputFile', 'writeJson', 'rename', 'copyFile', 'truncate', 'move'], op: 'overwrite', receiver: FS_RECEIVER },
  { re: /\b(appendFile|appendFileSync|createWriteStream|mkdir|mkdirSync|symlink|symlinkSync|chmod|chmodSync|chown|chownSync|cp|cpSync|ensureDir|mkdirp)\s*\(/g, needles: ['appendFile', 'createWriteStream', 'mkdir', 'symlink', 'chmod', 'chown', 'cp', 'ensureDir'], op: 'write', receiver: FS_RECEIVER },
  { re: /\b(unlink|unlinkSync|rm|rmSync|rmdir|rmdirSync|rimraf|remove|removeSync|emptyDir|emptyDirSync)\s*\(/g, needles: ['unlink', 'rm', 'rimraf', 'remove', 'emptyDir'], op: 'delete', receiver: FS_RECEIVER },
  { re: /\b(exec|execSync|execAsync|execPromise|execaCommand|execaCommandSync)\s*\(/g, needles: ['exec'], op: 'shell', receiver: CP_RECEIVER },
  // Promisified forms keep their name with a suffix: `const execFileAsync = promisify(execFile)`.
  { re: /\b(exec(?:P|Promise)|execFile(?:Async|Promise|P)?|execFileSync|spawn(?:Async)?|spawnSync|fork|execa|execaSync)\s*\(/g, needles: ['exec', 'spawn', 'fork'], op: 'exec', receiver: CP_RECEIVER },
  { re: /\b(process\.kill)\s*\(/g, needles: ['process.kill'], op: 'shell' },
  { re: /\bmethod\s*:\s*["'`](?:POST|PUT|PATCH|DELETE|post|put|patch|delete)["'`]/g, needles: ['method'], op: 'http' },
  { re: /\b((?:axios|got|ky|superagent|http|client|api)\.(?:post|put|patch|delete))\s*\(/g, needles: ['.post', '.put', '.patch', '.delete'], op: 'http' },
  { re: /\.(sendMail)\s*\(/g, needles: ['.sendMail'], op: 'http' },
  // Image pipelines written to a file (sharp / jimp `toFile`, `writeAsync`).
  { re: /\.(toFile|writeAsync)\s*\(/g, needles: ['.toFile', '.writeAsync'], op: 'overwrite' },
];

/** `am.delete(…)` / `api.post(…)` on a variable of the file made by an HTTP client factory (`axios.create(…)`). */
const TS_VERB_CALL = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*(?:post|put|patch|delete)\s*\(/g;
const CLIENT_FACTORY = /^(?:axios|got|ky|superagent|wretch)\s*\.\s*(?:create|extend)\s*\(|^(?:wretch|ky\.create)\s*\(/;
/** `es.indices.delete(…)`, `client.collections.drop(…)`: a destroying method of a namespace of a library client. */
const CLIENT_NS_DESTROY = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*[A-Za-z_$][\w$]*\s*\.\s*(?:delete|drop|destroy|purge|truncate|delete_index|delete_by_query|deleteByQuery)\s*\(/g;

/**
 * `client.removeBucket(…)`, `mc.remove_objects(…)`: a `remove…` method of a library client. Only on
 * such clients: elsewhere `removeHtml(text)` / `removeAccents(s)` clean up text.
 */
const CLIENT_REMOVE = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*(remove[A-Z_][\w$]{0,40})\s*\(/g;

/** Python: one regex per kind of call (a combined alternation backtracks); group 1 is the call. */
const PY_OPS: { re: RegExp; needles: string[]; op: Op }[] = [
  { re: /\b(open)\s*\(/g, needles: ['open'], op: 'write' },
  { re: /\.(write_text|write_bytes|rename)\s*\(/g, needles: ['.write_text', '.write_bytes', '.rename'], op: 'overwrite' },
  { re: /\b(os\.(?:rename|replace|renames)|shutil\.move)\s*\(/g, needles: ['os.rename', 'os.replace', 'shutil.move'], op: 'overwrite' },
  { re: /\b(os\.kill|os\.killpg)\s*\(|\.(terminate|kill)\s*\(\s*\)/g, needles: ['os.kill', '.terminate', '.kill'], op: 'shell' },
  { re: /\.(sendmail|send_message)\s*\(/g, needles: ['.sendmail', '.send_message'], op: 'http' },
  { re: /\.(symlink_to|touch|mkdir|chmod)\s*\(/g, needles: ['.symlink_to', '.touch', '.mkdir', '.chmod'], op: 'write' },
  { re: /\b(os\.(?:makedirs|mkdir|chmod|chown|truncate|symlink|link)|shutil\.(?:copy\w*|chown|make_archive|unpack_archive))\s*\(/g, needles: ['os.makedirs', 'os.mkdir', 'os.chmod', 'os.chown', 'os.truncate', 'os.symlink', 'os.link', 'shutil.'], op: 'write' },
  { re: /\b(os\.(?:remove|unlink|rmdir|removedirs)|shutil\.rmtree)\s*\(/g, needles: ['os.remove', 'os.unlink', 'os.rmdir', 'shutil.rmtree'], op: 'delete' },
  { re: /\.(unlink|rmdir)\s*\(/g, needles: ['.unlink', '.rmdir'], op: 'delete' },
  { re: /\b(os\.(?:system|popen)|asyncio\.create_subprocess_shell|subprocess\.getoutput|subprocess\.getstatusoutput)\s*\(/g, needles: ['os.system', 'os.popen', 'asyncio.create_subprocess_shell', 'subprocess.get'], op: 'shell' },
  { re: /\b(subprocess\.\w+|os\.(?:exec\w*|spawn\w*|posix_spawnp?)|asyncio\.create_subprocess_exec|pexpect\.(?:spawn|run))\s*\(/g, needles: ['subprocess.', 'os.exec', 'os.spawn', 'os.posix_spawn', 'asyncio.create_subprocess_exec', 'pexpect.'], op: 'exec' },
  { re: /\b((?:requests|httpx|session|client|aiohttp|http)\.(?:post|put|patch|delete))\s*\(/g, needles: ['.post', '.put', '.patch', '.delete'], op: 'http' },
  { re: /\b(method\s*=\s*["'](?:POST|PUT|PATCH|DELETE|post|put|patch|delete)["'])/g, needles: ['method'], op: 'http' },
];

/** Every SQL match contains one of these (in lower case); TS_VERB_CALL and CLIENT_NS_DESTROY likewise. */
const SQL_NEEDLES = ['delete', 'drop', 'truncate', 'insert', 'update', 'alter', 'create', 'replace'];
const VERB_NEEDLES = ['post', 'put', 'patch', 'delete'];
const NS_DESTROY_NEEDLES = ['delete', 'drop', 'destroy', 'purge', 'truncate', 'deleteByQuery'];

/** Whether `text` contains one of `needles` (a match of the regex they go with is possible). */
function mayMatch(text: string, needles: readonly string[]): boolean {
  for (const n of needles) if (text.includes(n)) return true;
  return false;
}

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
  'named-delete': 'calls a function whose name says it deletes or drops data',
};
const DESTRUCTIVE = new Set<Op>(['overwrite', 'delete', 'shell', 'sql-destroy', 'named-delete']);

/** Verbs in a function's name that say it destroys data (`esDeleteIndex`, `drop_table`, `purgeCache`). */
const DESTROY_VERBS = new Set(['delete', 'drop', 'destroy', 'purge', 'wipe', 'erase', 'truncate', 'nuke']);
/** What the verb applies to when the call destroys nothing stored: listeners, timers, properties, list items, text. */
const NOT_DATA = new Set(['listener', 'listeners', 'event', 'events', 'handler', 'handlers', 'timeout', 'interval', 'timer', 'property', 'properties', 'attribute', 'attr', 'class', 'child', 'children', 'duplicates', 'dups', 'nulls', 'na', 'empty', 'whitespace', 'prefix', 'suffix', 'while', 'last', 'first', 'right', 'left', 'header', 'cookie', 'style', 'key', 'param', 'params', 'if']);

/** Words before a final verb that make the name a predicate, a callback or a record of the act (`canDelete`, `onDelete`, `logPurge`). */
const NOT_ACT = new Set(['on', 'can', 'should', 'is', 'has', 'will', 'did', 'allow', 'allowed', 'before', 'after', 'confirm', 'log', 'emit', 'track', 'pre', 'post', 'undo', 'validate', 'check', 'handle']);

/**
 * A call whose name says it destroys data: a verb of DESTROY_VERBS followed by what it destroys
 * (`deleteIndex`, `drop_table`) or, as some client libraries name them, preceded by it
 * (`messageDelete`, `bucket_purge`); not a single word (`map.delete(k)`, `df.drop(…)`) nor a
 * listener, timer, property, predicate or callback.
 */
function destroyingName(name: string): boolean {
  const w = words(name);
  const i = w.findIndex((x) => DESTROY_VERBS.has(x));
  if (i < 0) return false;
  if (i < w.length - 1) return !NOT_DATA.has(w[i + 1]);
  return i > 0 && !NOT_DATA.has(w[i - 1]) && !NOT_ACT.has(w[0]);
}

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

/** An idempotent directory creation: `ensureDir` / `mkdirp`, or mkdir with `exist_ok=True` / `{ recursive: true }`. */
function ensuresDirectory(ctx: CheckContext, at: number, matched: string): boolean {
  if (/^(?:ensureDir|mkdirp)\b/.test(matched)) return true;
  if (!/mkdir|makedirs/.test(matched)) return false;
  for (const a of upFrom(nodeAt(ctx, at + matched.indexOf('(')), 3)) {
    if (a.type !== 'call' && a.type !== 'call_expression') continue;
    const args = a.childForFieldName('arguments')?.text ?? '';
    return /\bexist_ok\s*=\s*True\b|\brecursive\s*:\s*true\b/.test(args);
  }
  return false;
}

function opsIn(ctx: CheckContext, span: HandlerSpan): OpHit[] {
  const text = ctx.text.slice(span.start, span.end);
  const out: OpHit[] = [];
  const hits: { m: RegExpExecArray; op: Op; call: string }[] = [];
  if (ctx.lang === 'ts') {
    for (const k of TS_OPS) {
      if (!mayMatch(text, k.needles)) continue;
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
    for (const k of PY_OPS) if (mayMatch(text, k.needles)) for (const m of matchAll(ctx, k.re, text)) hits.push({ m, op: k.op, call: m[1] });
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
    // Making sure a directory exists (`mkdir(parents=True, exist_ok=True)`, `mkdirSync(dir, { recursive: true })`) changes nothing a user would notice.
    if (op === 'write' && ensuresDirectory(ctx, at, m[0])) continue;
    if (ctx.lang === 'py' && op === 'exec' && /^subprocess/.test(m[0]) && /\bshell\s*=\s*True\b/.test(ctx.text.slice(at, Math.min(span.end, at + 400)).split('\n)')[0])) op = 'shell';
    if (ctx.lang === 'ts' && op === 'exec' && /\bshell\s*:\s*true\b/.test(ctx.text.slice(at, Math.min(span.end, at + 300)))) op = 'shell';
    out.push({ op, text: callPrefix(m[0]) });
  }
  if (mayMatch(lowerText(ctx).slice(span.start, span.end), SQL_NEEDLES)) for (const m of matchAll(ctx, SQL, text)) {
    const n = nodeAt(ctx, span.start + m.index);
    if (isCode(n) || isDocstring(n)) continue;
    out.push({ op: m[1] ? 'sql-destroy' : 'sql-write', text: m[0].replace(/\s+/g, ' ') });
  }
  if (ctx.lang === 'ts' && text.includes('.') && mayMatch(text, VERB_NEEDLES)) {
    for (const m of matchAll(ctx, TS_VERB_CALL, text)) {
      const at = span.start + m.index;
      if (isCode(nodeAt(ctx, at)) && httpClientVar(ctx, m[1])) out.push({ op: 'http', text: callPrefix(m[0]) });
    }
  }
  if (mayMatch(text, NS_DESTROY_NEEDLES)) for (const m of matchAll(ctx, CLIENT_NS_DESTROY, text)) {
    const at = span.start + m.index;
    if (isCode(nodeAt(ctx, at)) && libraryClient(ctx, m[1])) out.push({ op: 'named-delete', text: callPrefix(m[0].replace(/\s+/g, '')) });
  }
  if (text.includes('.remove')) for (const m of matchAll(ctx, CLIENT_REMOVE, text)) {
    const at = span.start + m.index;
    const w = words(m[2]);
    if (w.length < 2 || NOT_DATA.has(w[1]) || NOT_DATA.has(w[w.length - 1])) continue;
    if (isCode(nodeAt(ctx, at)) && libraryInstance(ctx, m[1])) out.push({ op: 'named-delete', text: callPrefix(m[0].replace(/\s+/g, '')) });
  }
  // esDeleteIndex(space), repo.drop_table(name): the callee's name says what it does.
  if (hasVerb(text)) for (const call of callsIn(ctx, span.start, span.end, 40, (head, member) => destroyingName(member ?? head))) {
    // A command object of a client library (`s3.send(new DeleteObjectCommand(…))`) says what the call does; other classes do not.
    if (call.type !== 'new_expression' || /Command$/.test(call.childForFieldName('constructor')?.text ?? '')) out.push({ op: 'named-delete', text: callPrefix(call.text.slice(0, ((call.childForFieldName('function') ?? call.childForFieldName('constructor'))?.endIndex ?? call.startIndex) - call.startIndex) + '(') });
  }
  return out;
}

const clientMemo = new WeakMap<CheckContext, Map<string, boolean>>();

/**
 * Whether some whole-word occurrence of `name` in the file (the first 40) is followed by text
 * (`span` characters) for which `test` holds; memoised per file under `kind`.
 */
function assignedLike(ctx: CheckContext, kind: string, name: string, span: number, test: (rest: string) => boolean): boolean {
  let memo = clientMemo.get(ctx);
  if (!memo) clientMemo.set(ctx, (memo = new Map()));
  const key = `${kind}:${name}`;
  let v = memo.get(key);
  if (v !== undefined) return v;
  v = false;
  const text = ctx.text;
  for (let i = text.indexOf(name), k = 0; i >= 0 && k < 40 && !v; i = text.indexOf(name, i + name.length), k++) {
    if (/[\w$.]/.test(text[i - 1] ?? '') || /[\w$]/.test(text[i + name.length] ?? '')) continue;
    v = test(text.slice(i + name.length, i + name.length + span));
  }
  memo.set(key, v);
  return v;
}

/** Whether `name` is assigned, in this file, from an HTTP client factory (`const am = axios.create({ baseURL })`). */
function httpClientVar(ctx: CheckContext, name: string): boolean {
  return assignedLike(ctx, 'http', name, 120, (rest) => {
    const eq = /^\s*(?::[^=\n]{0,60})?=(?![=>])\s*/.exec(rest);
    return !!eq && CLIENT_FACTORY.test(rest.slice(eq[0].length));
  });
}

/** Whether `name` is a module-level instance of a class imported from a package (`es = new Client(…)` / `Elasticsearch(…)`). */
function libraryClient(ctx: CheckContext, name: string): boolean {
  const idx = moduleIndex(ctx);
  const cls = idx.instances.get(name);
  const imp = cls ? idx.imports.get(cls) : undefined;
  if (!imp) return false;
  return ctx.lang === 'ts' ? !imp.spec.startsWith('.') : imp.level === 0 && isExternalModule(imp.spec);
}

/**
 * Whether `name` is an instance of a library class: a module-level `new Client(…)` of an imported
 * class (libraryClient), or `name = new Minio.Client(…)` / `name = minio.Minio(…)` through a
 * package imported whole.
 */
function libraryInstance(ctx: CheckContext, name: string): boolean {
  if (libraryClient(ctx, name)) return true;
  const imports = moduleIndex(ctx).imports;
  return assignedLike(ctx, 'lib', name, 160, (rest) => {
    const m = /^\s*(?::[^=\n]{0,60})?=(?![=>])\s*(?:await\s+)?(?:new\s+)?([A-Za-z_$][\w$]*)\s*\.\s*[A-Z][\w$]*\s*\(/.exec(rest);
    const imp = m ? imports.get(m[1]) : undefined;
    if (!imp) return false;
    // Python: a package known as one, or a module the project does not have.
    return ctx.lang === 'ts' ? !imp.spec.startsWith('.') : imp.level === 0 && (isExternalModule(imp.spec) || !ctx.importModule(imp.spec, 0));
  });
}

/** Cheap text test before the calls of a span are looked at: one of the verbs is written there. */
function hasVerb(text: string): boolean {
  const l = text.toLowerCase();
  for (const v of DESTROY_VERBS) if (l.includes(v)) return true;
  return false;
}

/**
 * What the functions and methods a handler calls do when they live elsewhere: a function imported
 * from a project module, a method of an instance of a project class (`mirror.sync(…)` with
 * `mirror = new S3Mirror(…)`), `this.method(…)`. Their own same-module helpers are read too (one
 * level). The operation is named with the call that leads to it.
 */
function calleeOps(ctx: CheckContext, spans: HandlerSpan[], opsOf: (view: CheckContext, s: HandlerSpan) => OpHit[]): OpHit[] {
  const out: OpHit[] = [];
  let n = 0;
  for (const s of spans) {
    // By text first: `this.m(` / `self.m(`, names from project modules, module-level instances.
    const instances = moduleIndex(ctx).instances;
    const accept = (head: string, member: string | undefined) => ((head === 'this' || head === 'self') && member !== undefined) || fromProject(ctx, head) || instances.has(head);
    for (const call of callsIn(ctx, s.start, s.end, 30, accept)) {
      const f = call.childForFieldName('function');
      if (!f) continue;
      const callee = resolveCallee(ctx, ctx, call);
      // Bare calls of functions of this file are helperSpansOf's (already read).
      if (!callee || (callee.view === ctx && f.type === 'identifier' && call.type !== 'new_expression') || ++n > 20) continue;
      const span: HandlerSpan = { start: callee.fn.startIndex, end: callee.fn.endIndex, regStart: s.regStart, regEnd: s.regEnd, def: s.def, helper: true };
      const where = callee.view === ctx ? '' : `\` in \`${callee.view.file.replace(/^.*[\\/]/, '')}`;
      for (const sp of [span, ...helperSpansOf(callee.view, [span])]) {
        for (const o of opsOf(callee.view, sp)) out.push({ op: o.op, text: `${o.text}\` via \`${callee.name}${where}` });
      }
    }
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
  const opsOfIn = (view: CheckContext, s: HandlerSpan): OpHit[] => {
    const key = `${view.file}:${s.start}:${s.end}`;
    let ops = opsMemo.get(key);
    if (!ops) opsMemo.set(key, (ops = opsIn(view, s)));
    return ops;
  };
  const opsOf = (s: HandlerSpan): OpHit[] => opsOfIn(ctx, s);
  lowLevelHints(ctx, byDef, opsOf, opsOfIn);
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
    const ops = decided ? own : [...own, ...helperSpansOf(ctx, spans).flatMap(opsOf), ...calleeOps(ctx, spans, opsOfIn)];
    report(ctx, def.name, readOnly, destructive, ops, def.nameRange);
  }
}

interface Entry {
  name: string;
  nameNode: Node;
  entry: Node;
  readOnly?: Hint;
  destructive?: Hint;
}

/**
 * Low-level servers: hints on the entries of a tools list (`{ name: "adjust_stock", annotations:
 * { readOnlyHint: true } }`, `types.Tool(name=…, annotations=types.ToolAnnotations(readOnlyHint=True))`),
 * wherever the list is written, compared with the branch of the CallTool handler that answers that
 * name (`case "adjust_stock":`, `if (name === "adjust_stock")`, Python `case "x":` / `if name == "x":`).
 */
function lowLevelHints(ctx: CheckContext, byDef: Map<McpDefinition, HandlerSpan[]>, opsOf: (s: HandlerSpan) => OpHit[], opsOfIn: (view: CheckContext, s: HandlerSpan) => OpHit[]): void {
  if (!ctx.text.includes('Hint') && !ctx.text.includes('_hint')) return;
  // Registrations with code of their own are judged per tool above.
  const covered: [number, number][] = [];
  for (const [def, spans] of byDef) if (!/low-level/.test(def.framework)) covered.push([spans[0].regStart, spans[0].regEnd]);
  const entries = new Map<number, Entry>();
  for (const m of matchAll(ctx, HINT)) {
    if (covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const at = nodeAt(ctx, m.index);
    if (!at || isComment(at) || isDocstring(at)) continue;
    let e: Entry | undefined;
    for (const a of upFrom(at, 8)) {
      if (ctx.lang === 'ts' && a.type === 'object') {
        const pair = a.namedChildren.find((c) => c?.type === 'pair' && c.childForFieldName('key')?.text.replace(/["']/g, '') === 'name');
        const v = pair?.childForFieldName('value');
        const name = literalText(v);
        if (v && name) e = { name, nameNode: v, entry: a };
      } else if (ctx.lang === 'py' && a.type === 'call' && /(?:^|\.)Tool$/.test(a.childForFieldName('function')?.text ?? '')) {
        const v = kwarg(a, 'name');
        const name = literalText(v);
        if (v && name) e = { name, nameNode: v, entry: a };
      }
      if (e) break;
    }
    if (!e || !/^[\w.-]{1,80}$/.test(e.name)) continue;
    const known = entries.get(e.entry.startIndex) ?? e;
    entries.set(e.entry.startIndex, known);
    const h = { value: /^t/i.test(m[2]), from: m.index, to: m.index + m[0].length };
    if (/read/i.test(m[1])) known.readOnly ??= h;
    else known.destructive ??= h;
  }
  for (const e of entries.values()) {
    ctx.checkBudget();
    const { readOnly, destructive } = e;
    if ((readOnly === undefined && destructive === undefined) || (!readOnly?.value && destructive?.value === true)) continue;
    const spans = dispatchBranches(ctx, e).map((b): HandlerSpan => ({ start: b.startIndex, end: b.endIndex, regStart: e.entry.startIndex, regEnd: e.entry.endIndex }));
    if (spans.length === 0) continue;
    const ops = [...spans.flatMap(opsOf), ...helperSpansOf(ctx, spans).flatMap(opsOf), ...calleeOps(ctx, spans, opsOfIn)];
    const r = e.nameNode;
    report(ctx, e.name, readOnly, destructive, ops, { start: { line: r.startPosition.row, character: r.startPosition.column }, end: { line: r.endPosition.row, character: r.endPosition.column } });
  }
}

/** The code that answers tool `e.name` in a low-level CallTool handler: its `case` / `if` branch (at most three). */
function dispatchBranches(ctx: CheckContext, e: Entry): Node[] {
  const out: Node[] = [];
  const text = ctx.text;
  for (const q of ['"', "'"]) {
    const lit = q + e.name + q;
    for (let i = text.indexOf(lit), k = 0; i >= 0 && k < 20 && out.length < 3; i = text.indexOf(lit, i + lit.length), k++) {
      if (i >= e.entry.startIndex && i < e.entry.endIndex) continue;
      let str: Node | null = nodeAt(ctx, i + 1);
      for (let j = 0; str && j < 3 && str.type !== 'string'; j++) str = str.parent;
      const p = str?.parent;
      if (!str || !p) continue;
      // switch (name) { case "x": … } — a case without statements falls through to the next one.
      if (p.type === 'switch_case' && p.childForFieldName('value')?.equals(str)) {
        let c: Node | null = p;
        for (let j = 0; c && j < 5 && c.type === 'switch_case' && c.namedChildren.length <= 1; j++) c = c.nextNamedSibling;
        if (c) out.push(c);
        continue;
      }
      // Python 3.10 match: case "x":
      let cc: Node | null = p;
      for (let j = 0; cc && j < 3 && cc.type !== 'case_clause'; j++) cc = cc.parent;
      if (cc?.type === 'case_clause') {
        out.push(cc);
        continue;
      }
      // if (name === "x") / if name == "x": / elif name == "x":
      if ((p.type === 'binary_expression' && /^={2,3}$/.test(p.childForFieldName('operator')?.text ?? '')) || (p.type === 'comparison_operator' && /(?:^|\s)==(?:\s|$)/.test(p.text.slice(0, 200)))) {
        for (const a of upFrom(p.parent, 3)) {
          if (a.type !== 'if_statement' && a.type !== 'elif_clause') continue;
          const cond = a.childForFieldName('condition');
          const body = a.childForFieldName('consequence');
          if (cond && body && cond.startIndex <= p.startIndex && p.endIndex <= cond.endIndex) out.push(body);
          break;
        }
      }
    }
  }
  return out;
}

/** Reports a tool whose hints contradict what its code does (`nameRange`: where a missing destructiveHint is reported). */
function report(ctx: CheckContext, name: string, readOnly: Hint | undefined, destructive: Hint | undefined, ops: OpHit[], nameRange: Range): void {
  const def = { name, nameRange };
  {
    if (ops.length === 0) return;
    if (readOnly?.value) {
      const o = ops[0];
      ctx.report({
        ruleId: ID,
        message: `Tool \`${def.name}\` is annotated readOnlyHint: true, but its handler ${WHAT[o.op]} (\`${o.text}\`). Clients use this hint to run a tool without asking the user: a tool that changes anything must not claim to be read-only.`,
        at: rangeAt(ctx, readOnly.from, readOnly.to),
        definition: def.name,
      });
      return;
    }
    const d = ops.find((o) => DESTRUCTIVE.has(o.op));
    if (!d) return;
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
