// Collects the files `mcp-warden check` analyses: every supported source file and MCP
// configuration file (`.vscode/mcp.json`, `claude_desktop_config.json`, …) under the given
// paths, skipping dependency/build/virtualenv folders, declaration files, --exclude globs and
// symlink loops. The result is sorted and free of duplicates, so output is deterministic.
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { langFromPath } from '../engine';

/** Directory names never descended into (dependencies, build output, virtualenvs, caches). */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  'coverage',
  '.next',
  '.venv',
  'venv',
  'env',
  '__pycache__',
  'site-packages',
  '.tox',
]);

const DECLARATION = /\.d\.[cm]?ts$/i;

export interface WalkResult {
  /** Absolute paths of the files to analyse, sorted by their path relative to cwd. */
  files: string[];
  /** Path arguments that do not exist or cannot be read (fatal: exit 2). */
  missing: { arg: string; reason: string }[];
  /** Entries found while walking that could not be read (the scan is incomplete: exit 2). */
  unreadable: { path: string; reason: string }[];
  /** Informational notes (explicitly named files that are not analysable, excluded, …). */
  notes: string[];
}

export interface WalkOptions {
  cwd: string;
  exclude: readonly string[];
}

/** Path relative to cwd with forward slashes (what globs and output use). */
export function displayPath(cwd: string, abs: string): string {
  const rel = path.relative(cwd, abs);
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

export function isAnalysable(file: string): boolean {
  return !DECLARATION.test(file) && langFromPath(file) !== undefined;
}

export function walk(args: readonly string[], opts: WalkOptions): WalkResult {
  const result: WalkResult = { files: [], missing: [], unreadable: [], notes: [] };
  const excluded = makeExcluder(opts.exclude);
  const seenFiles = new Set<string>(); // real paths
  const seenDirs = new Set<string>(); // real paths (symlink loops, repeated arguments)
  const found: { abs: string; rel: string }[] = [];

  const addFile = (abs: string, real: string) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    found.push({ abs, rel: displayPath(opts.cwd, abs) });
  };

  const visitDir = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      result.unreadable.push({ path: dir, reason: errorReason(e) });
      return;
    }
    if (seenDirs.has(real)) return; // a symlink loop or a path given twice
    seenDirs.add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      result.unreadable.push({ path: dir, reason: errorReason(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = fs.statSync(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // dangling symlink: nothing to analyse
        }
      }
      if (isDir) {
        if (SKIPPED_DIRS.has(entry.name)) continue;
        if (excluded(displayPath(opts.cwd, abs), true)) continue;
        visitDir(abs);
      } else if (isFile) {
        if (!isAnalysable(entry.name)) continue;
        if (excluded(displayPath(opts.cwd, abs), false)) continue;
        try {
          addFile(abs, fs.realpathSync(abs));
        } catch (e) {
          result.unreadable.push({ path: abs, reason: errorReason(e) });
        }
      }
    }
  };

  for (const arg of args) {
    const abs = path.resolve(opts.cwd, arg);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      result.missing.push({ arg, reason: errorReason(e) });
      continue;
    }
    if (st.isDirectory()) {
      try {
        fs.accessSync(abs, fs.constants.R_OK | fs.constants.X_OK);
      } catch (e) {
        result.missing.push({ arg, reason: errorReason(e) });
        continue;
      }
      visitDir(abs);
    } else if (st.isFile()) {
      try {
        fs.accessSync(abs, fs.constants.R_OK);
      } catch (e) {
        result.missing.push({ arg, reason: errorReason(e) });
        continue;
      }
      // A file named explicitly is analysed even inside node_modules etc., but not when it is
      // of an unsupported kind or matches --exclude.
      if (!isAnalysable(abs)) {
        result.notes.push(`${arg}: not a TypeScript, JavaScript or Python source file or an MCP configuration file; skipped`);
      } else if (excluded(displayPath(opts.cwd, abs), false)) {
        result.notes.push(`${arg}: matches --exclude; skipped`);
      } else {
        addFile(abs, fs.realpathSync(abs));
      }
    } else {
      result.missing.push({ arg, reason: 'not a regular file or directory' });
    }
  }

  found.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  result.files = found.map((f) => f.abs);
  return result;
}

/**
 * --exclude globs, matched against the path relative to cwd (forward slashes, dot files
 * included). A pattern without "/" matches a file or directory name anywhere; a directory also
 * matches `dir/**`-style patterns so whole trees are pruned.
 */
function makeExcluder(globs: readonly string[]): (rel: string, isDir: boolean) => boolean {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((g) => {
    const glob = g.replace(/\\/g, '/').replace(/^\.\//, '');
    return picomatch(glob, { dot: true, basename: !glob.includes('/') });
  });
  return (rel, isDir) => matchers.some((m) => m(rel) || (isDir && m(rel + '/')));
}

export function errorReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return err instanceof Error ? err.message : String(e);
  }
}
