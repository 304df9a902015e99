// `mcp-warden` command line: runs the same engine as the language server over files on disk and
// reports findings as text, JSON or SARIF. Exit codes: 0 clean, 1 findings at or above
// --fail-on, 2 usage error, unreadable path or internal failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Engine, langFromPath, type FileAnalysis, type FileHost } from '../engine';
import { HELP, parseArgs, USAGE, UsageError, type CheckOptions } from './args';
import { formatJson, formatText } from './format';
import { exitCodeFor, fingerprints, type FileReport, type Report, type ReportedFinding } from './report';
import { formatSarif } from './sarif';
import { displayPath, errorReason, walk } from './walk';

/** Per-file analysis budget: larger than the editor's, since nobody is waiting on a keystroke. */
const CLI_BUDGET_MS = 5000;

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  /** Directory with web-tree-sitter.wasm and the grammars (the bundle's own directory). */
  wasmDir: string;
}

/** Reads the version from the package.json next to the bundle (dist/../package.json). */
export function toolVersion(bundleDir: string): string {
  for (const candidate of [path.join(bundleDir, '..', 'package.json'), path.join(bundleDir, '..', '..', '..', 'package.json')]) {
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'mcp-warden' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return '0.0.0';
}

const decoder = new TextDecoder('utf-8', { fatal: false }); // invalid bytes → U+FFFD; BOM dropped

/** Source text of a file as the editor would show it (UTF-8, invalid bytes replaced). */
export function readSource(abs: string): string {
  return decoder.decode(fs.readFileSync(abs));
}

/**
 * Lets the engine follow imports into helper modules on disk. One per scan: a file's version
 * stamp is taken once (the engine asks again for every file that imports it; a scan reads the
 * tree as it was when it got there).
 */
export function diskHost(): FileHost {
  const versions = new Map<string, string | undefined>();
  return {
    readFile(abs) {
      try {
        // A missing file is common (import resolution tries several extensions): no exception for it.
        if (!fs.statSync(abs, { throwIfNoEntry: false })?.isFile()) return undefined;
        return readSource(abs);
      } catch {
        return undefined;
      }
    },
    version(abs) {
      if (versions.has(abs)) return versions.get(abs);
      let v: string | undefined;
      try {
        const st = fs.statSync(abs, { throwIfNoEntry: false });
        v = st?.isFile() ? `${st.mtimeMs}:${st.size}` : undefined;
      } catch {
        v = undefined;
      }
      versions.set(abs, v);
      return v;
    },
  };
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const err = (s: string) => io.stderr.write(s.endsWith('\n') ? s : s + '\n');
  let options: CheckOptions;
  try {
    const cmd = parseArgs(argv);
    if (cmd.kind === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    if (cmd.kind === 'version') {
      io.stdout.write(`${toolVersion(io.wasmDir)}\n`);
      return 0;
    }
    options = cmd.options;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`mcp-warden: ${e.message}\n${USAGE}\nRun 'mcp-warden --help' for details.`);
      return 2;
    }
    throw e;
  }

  const walked = walk(options.paths, { cwd: io.cwd, exclude: options.exclude });
  if (walked.missing.length > 0) {
    for (const m of walked.missing) err(`mcp-warden: cannot read '${m.arg}': ${m.reason}`);
    return 2;
  }
  for (const note of walked.notes) err(`mcp-warden: note: ${note}`);
  const unreadable = [...walked.unreadable];

  let engine: Engine;
  try {
    engine = await Engine.create(io.wasmDir);
  } catch (e) {
    err(`mcp-warden: cannot load the parsers from ${io.wasmDir}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }

  const host = diskHost();
  const report: Report = { toolVersion: toolVersion(io.wasmDir), cwd: io.cwd, files: [], findings: [], incomplete: [] };
  for (const abs of walked.files) {
    const rel = displayPath(io.cwd, abs);
    const lang = langFromPath(abs);
    if (!lang) continue;
    let text: string;
    try {
      text = readSource(abs);
    } catch (e) {
      unreadable.push({ path: abs, reason: errorReason(e) });
      continue;
    }
    let analysis: FileAnalysis;
    try {
      // No quick fixes: no output format carries them.
      analysis = engine.analyzeText(abs, text, { host, rules: options.rules, budgetMs: CLI_BUDGET_MS, fixes: false });
    } catch (e) {
      // An engine bug must not hide the rest of the scan: report the file as incomplete.
      analysis = {
        file: abs,
        lang,
        definitions: [],
        findings: [],
        hasSyntaxErrors: false,
        incomplete: `analysis failed: ${e instanceof Error ? e.message : String(e)}`,
        timings: { parseMs: 0, analyzeMs: 0 },
      };
    }
    // tree-sitter's WebAssembly trapped on that file: a new instance for the rest of the scan.
    if (engine.parserBroken) await engine.recover();
    const file: FileReport = { abs, path: rel, lang, analysis };
    report.files.push(file);
    if (analysis.incomplete !== undefined) report.incomplete.push({ path: rel, reason: analysis.incomplete });
    const prints = fingerprints(analysis.findings, rel, text.split('\n'));
    analysis.findings.forEach((f, i) => {
      const finding: ReportedFinding = { ...f, path: rel, fingerprint: prints[i] };
      report.findings.push(finding);
    });
  }

  let output: string;
  switch (options.format) {
    case 'json':
      output = formatJson(report);
      break;
    case 'sarif':
      output = formatSarif(report, options);
      break;
    default: {
      const color = options.color ?? (options.output === undefined && io.stdout.isTTY === true && !io.env.NO_COLOR);
      output = formatText(report, color);
      for (const n of report.incomplete) err(`mcp-warden: note: ${n.path}: ${n.reason}`);
    }
  }

  if (options.output !== undefined) {
    const outPath = path.resolve(io.cwd, options.output);
    try {
      fs.mkdirSync(path.dirname(outPath), { recursive: true });
      fs.writeFileSync(outPath, output);
    } catch (e) {
      err(`mcp-warden: cannot write '${options.output}': ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
  } else {
    io.stdout.write(output);
  }

  if (unreadable.length > 0) {
    for (const u of unreadable) err(`mcp-warden: cannot read '${displayPath(io.cwd, u.path)}': ${u.reason}`);
    err('mcp-warden: the scan is incomplete because some files could not be read');
    return 2;
  }
  return exitCodeFor(report.findings, options.failOn);
}

if (require.main === module) {
  // `mcp-warden check | head`: a closed pipe is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, wasmDir: __dirname }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`mcp-warden: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
