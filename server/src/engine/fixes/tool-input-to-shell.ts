// tool-input-to-shell: a command line built from literal text and tool input becomes a program
// plus an argument array run without a shell.
//   TS:     execSync(`ls -la ${dir}`)             → execFileSync("ls", ["-la", dir])
//   Python: subprocess.run(f"ls -la {d}", shell=True) → subprocess.run(["ls", "-la", d])
// Only when the literal parts split into words the way a POSIX shell would (quotes are honoured)
// and use no shell feature (pipes, redirects, `;`, `&&`, globs, `$VAR`, command substitution),
// and the program is a literal. Preferred when every expression sat inside quotes: then each
// argument is exactly the word the shell would have passed for ordinary input. An unquoted
// expression was split at spaces and glob-expanded by the shell, so the fix is offered without
// being preferred.
import type { Node } from 'web-tree-sitter';
import type { Fix, FixContext, TextEdit } from './types';
import { asString, enclosingCall, jsParts, jsString, jsTemplate, keywordArg, named, pyFString, pyParts, pyString, quoteOf, removeArg, replaceNode, topLevel, type Part } from './util';

/** One argument word: its pieces (literal text and expressions, in order). */
type Word = Part[];

const SHELL_SPECIAL = /[|&;<>()$`*?[\]{}~#!\n]/;

/**
 * Splits built command text into words like a POSIX shell (as Python's `shlex.split` does on the
 * literal parts), keeping each expression inside the word it stands in. Undefined when the
 * command uses a shell feature, so a fix would change what runs.
 */
export function shellWords(parts: Part[]): { words: Word[]; allQuoted: boolean } | undefined {
  const words: Word[] = [];
  let allQuoted = true;
  let cur: Word | undefined;
  let quote: "'" | '"' | undefined;
  const add = (p: Part): void => {
    cur ??= [];
    const prev = cur[cur.length - 1];
    if (p.lit !== undefined && prev && prev.lit !== undefined) cur[cur.length - 1] = { lit: prev.lit + p.lit };
    else cur.push(p);
  };
  const end = (): void => {
    if (cur) words.push(cur);
    cur = undefined;
  };
  for (const p of parts) {
    if (p.expr !== undefined) {
      // Unquoted, the shell would have split the value at spaces and expanded globs in it.
      if (!quote) allQuoted = false;
      add(p);
      continue;
    }
    const s = p.lit;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (quote === "'") {
        if (c === "'") quote = undefined;
        else add({ lit: c });
      } else if (quote === '"') {
        if (c === '"') quote = undefined;
        else if (c === '\\' && i + 1 < s.length && '$`"\\'.includes(s[i + 1])) add({ lit: s[++i] });
        else if (c === '$' || c === '`' || c === '!') return undefined;
        else add({ lit: c });
      } else if (c === ' ' || c === '\t') {
        end();
      } else if (c === "'" || c === '"') {
        quote = c;
        cur ??= [];
      } else if (c === '\\') {
        if (i + 1 >= s.length) return undefined;
        add({ lit: s[++i] });
      } else if (SHELL_SPECIAL.test(c) || (c === '=' && !cur && words.length === 0)) {
        return undefined;
      } else {
        add({ lit: c });
      }
    }
  }
  if (quote) return undefined;
  end();
  return { words, allQuoted };
}

function wordsFor(parts: Part[] | undefined): { program: string; args: Word[]; allQuoted: boolean } | undefined {
  if (!parts || !parts.some((p) => p.expr !== undefined)) return undefined;
  const split = shellWords(parts);
  if (!split || split.words.length < 2) return undefined;
  const words = split.words;
  const [prog, ...args] = words;
  if (prog.length !== 1 || prog[0].lit === undefined || prog[0].lit === '') return undefined;
  // `sh -c …`, `bash -c …`, `env …`, `xargs …`: the arguments would be run as commands again.
  if (/(^|\/)(sh|bash|zsh|dash|ksh|fish|env|xargs|eval|exec|sudo|su|cmd|cmd\.exe|powershell|pwsh|ssh|nohup|timeout|watch)$/.test(prog[0].lit)) return undefined;
  // `VAR=x cmd` (environment assignment) is shell syntax.
  if (/^[A-Za-z_]\w*=/.test(prog[0].lit)) return undefined;
  return { program: prog[0].lit, args, allQuoted: split.allQuoted };
}

export function shellFixes(fc: FixContext): Fix | undefined {
  return fc.family === 'py' ? pyShellFix(fc) : tsShellFix(fc);
}

// ---------------------------------------------------------------------------- TypeScript

const TS_RENAME: Record<string, string> = { exec: 'execFile', execSync: 'execFileSync' };

function tsShellFix(fc: FixContext): Fix | undefined {
  if (fc.callee !== 'child_process.exec' && fc.callee !== 'child_process.execSync') return undefined;
  const site = enclosingCall(fc.node);
  if (!site || site.index !== 0 || site.call.type !== 'call_expression') return undefined;
  const fn = site.call.childForFieldName('function');
  if (!fn) return undefined;
  const nameNode = fn.type === 'identifier' ? fn : fn.type === 'member_expression' ? fn.childForFieldName('property') : null;
  const oldName = nameNode?.text;
  if (!nameNode || !oldName || !TS_RENAME[oldName]) return undefined;
  const newName = TS_RENAME[oldName];
  // An options object that asks for a shell, or anything that is not an options object / callback.
  for (const a of site.args.slice(1)) {
    if (a.type === 'object' && /\bshell\b/.test(a.text)) return undefined;
    if (a.type !== 'object' && a.type !== 'arrow_function' && a.type !== 'function_expression' && a.type !== 'function' && a.type !== 'identifier') return undefined;
  }
  const split = wordsFor(jsParts(fc.node));
  if (!split) return undefined;
  const q = quoteOf(firstStringIn(fc.node), '"');
  const word = (w: Word): string => {
    if (w.length === 1 && w[0].expr !== undefined) return asString(fc, w[0].expr);
    if (w.every((p) => p.lit !== undefined)) return jsString(w.map((p) => p.lit).join(''), q);
    return jsTemplate(w);
  };
  const edits: TextEdit[] = [];
  if (fn.type === 'identifier') {
    const imp = tsImportEdit(fc, oldName, newName);
    if (imp === undefined) return undefined;
    if (imp) edits.push(imp);
  }
  edits.push(replaceNode(nameNode, newName));
  edits.push(replaceNode(fc.node, `${jsString(split.program, q)}, [${split.args.map(word).join(', ')}]`));
  return {
    title: `Run \`${split.program}\` with ${newName} and an argument array (no shell)`,
    preferred: split.allQuoted,
    edits,
  };
}

/** The quote character of a Python string node (after its prefix letters). */
export function pyQuote(n: Node | undefined): string {
  const c = n?.text.replace(/^[a-zA-Z]+/, '')[0];
  return c === "'" ? "'" : '"';
}

export function firstStringIn(n: Node): Node | undefined {
  if (n.type === 'string') return n;
  for (const c of named(n)) {
    const s = firstStringIn(c);
    if (s) return s;
  }
  return undefined;
}

/**
 * Makes `newName` available where `oldName` was imported from child_process: nothing when it
 * already is, an edit adding it to the same import / destructuring otherwise, undefined when
 * the import cannot be found (the fix is then not offered).
 */
function tsImportEdit(fc: FixContext, oldName: string, newName: string): TextEdit | null | undefined {
  for (const st of topLevel(fc)) {
    let specs: Node | null = null;
    if (st.type === 'import_statement') {
      const src = st.childForFieldName('source')?.text.slice(1, -1);
      if (src !== 'child_process' && src !== 'node:child_process') continue;
      specs = named(named(st).find((c) => c.type === 'import_clause') ?? null).find((c) => c.type === 'named_imports') ?? null;
    } else if (st.type === 'lexical_declaration' || st.type === 'variable_declaration') {
      if (!/require\(\s*["'](node:)?child_process["']\s*\)/.test(st.text)) continue;
      specs = named(named(st)[0] ?? null).find((c) => c.type === 'object_pattern') ?? null;
    }
    if (!specs) continue;
    const names = named(specs).map((s) => s.text.replace(/\s+/g, ' '));
    if (!names.includes(oldName)) continue;
    if (names.includes(newName)) return null;
    const lastSpec = named(specs)[named(specs).length - 1];
    return { range: { start: { line: lastSpec.endPosition.row, character: lastSpec.endPosition.column }, end: { line: lastSpec.endPosition.row, character: lastSpec.endPosition.column } }, newText: `, ${newName}` };
  }
  return undefined;
}

// ---------------------------------------------------------------------------- Python

const PY_SUBPROCESS = new Set(['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen']);

function pyShellFix(fc: FixContext): Fix | undefined {
  if (!fc.callee || !PY_SUBPROCESS.has(fc.callee)) return undefined;
  const site = enclosingCall(fc.node);
  if (!site) return undefined;
  const shell = keywordArg(site.args, 'shell');
  if (!shell || shell.childForFieldName('value')?.text !== 'True') return undefined;
  // The command is the first positional argument or `args=`.
  const cmdArg = site.args[site.index];
  const cmd = cmdArg.type === 'keyword_argument' ? cmdArg.childForFieldName('value') : cmdArg;
  if (!cmd || (cmdArg.type === 'keyword_argument' && cmdArg.childForFieldName('name')?.text !== 'args')) return undefined;
  if (site.args.some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) return undefined;
  const split = wordsFor(pyParts(cmd));
  if (!split) return undefined;
  const q = pyQuote(firstStringIn(cmd));
  let fail = false;
  const word = (w: Word): string => {
    if (w.length === 1 && w[0].expr !== undefined) return asString(fc, w[0].expr);
    if (w.every((p) => p.lit !== undefined)) return pyString(w.map((p) => p.lit).join(''), q);
    const f = pyFString(w, q);
    if (f === undefined) fail = true;
    return f ?? '';
  };
  const list = `[${[pyString(split.program, q), ...split.args.map(word)].join(', ')}]`;
  if (fail) return undefined;
  const edits: TextEdit[] = [replaceNode(cmd, list), removeArg(fc.text, site.args, site.args.indexOf(shell))];
  return {
    title: `Run \`${split.program}\` with an argument list and without shell=True`,
    preferred: split.allQuoted,
    edits,
  };
}
