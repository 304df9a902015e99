// The command line a stdio server entry runs, as words that remember which JSON string they came
// from: `command` + `args`, a `command` written as one string ("npx -y pkg"), wrappers (`env`,
// `sudo`, `cmd /c`), and the commands inside a shell script (`bash -c "npx pkg && …"`).
import type { Node } from 'jsonc-parser';
import type { ConfigServer } from './document';

export interface Word {
  value: string;
  /** The JSON string the word is in (the whole string when a string held several words). */
  node: Node;
  /** Index in `args`, or -1 for `command`; undefined for a word inside a script. */
  argIndex?: number;
}

/** Shells that run a command line given with `-c`. */
const POSIX_SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'fish', 'csh', 'tcsh', 'busybox']);

/** Programs whose first word may be split off a `command` string that holds a whole command line. */
const SPLITTABLE = new Set([...POSIX_SHELLS, 'npx', 'bunx', 'npm', 'pnpm', 'yarn', 'bun', 'uvx', 'uv', 'pipx', 'cmd', 'powershell', 'pwsh', 'env', 'sudo', 'curl', 'wget', 'node', 'python', 'python3', 'docker', 'deno']);

/** `/usr/local/bin/npx.cmd` → `npx`. */
export function programName(word: string): string {
  const base = word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1).toLowerCase();
  return base.replace(/\.(exe|cmd|bat|ps1)$/, '');
}

/** Splits a command line into words: whitespace-separated, single and double quotes removed. */
export function splitWords(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (ch === '\\' && quote === '"' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) cur += line[++i];
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}

/** The command line of a server: `command` then `args` (string elements only). */
export function serverWords(server: ConfigServer): Word[] {
  const cmd = server.command;
  if (!cmd) return [];
  const words: Word[] = [];
  const first = cmd.value.trim().split(/\s+/)[0] ?? '';
  if (/\s/.test(cmd.value.trim()) && SPLITTABLE.has(programName(first))) {
    for (const w of splitWords(cmd.value)) words.push({ value: w, node: cmd.node, argIndex: -1 });
  } else {
    words.push({ value: cmd.value, node: cmd.node, argIndex: -1 });
  }
  for (const a of server.args) words.push({ value: a.value, node: a.node, argIndex: a.index });
  return words;
}

export interface ShellLaunch {
  /** Name of the shell program (`bash`, `cmd`, `powershell`). */
  shell: string;
  /** The word naming the shell. */
  program: Word;
  /** The flag that makes it run a command line (`-c`, `/c`, `-Command`). */
  flag: Word;
  /** The command line given to the shell, when present. */
  script?: Word;
  /** Words after the script (PowerShell and cmd join them into the command line). */
  rest: Word[];
}

/** `env A=1 cmd`, `sudo -E cmd`: the command the wrapper runs. */
export function unwrap(words: Word[]): Word[] {
  let w = words;
  for (let guard = 0; guard < 8 && w.length > 0; guard++) {
    const prog = programName(w[0].value);
    if (prog === 'env') {
      let i = 1;
      while (i < w.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w[i].value) || w[i].value.startsWith('-'))) {
        if (w[i].value === '-u' || w[i].value === '--unset') i++;
        i++;
      }
      w = w.slice(i);
    } else if (prog === 'sudo') {
      let i = 1;
      while (i < w.length && w[i].value.startsWith('-')) {
        if (/^-[ugpCDhrt]$/.test(w[i].value)) i++;
        i++;
      }
      w = w.slice(i);
    } else {
      break;
    }
  }
  return w;
}

/** The shell launch at the start of a command line, if it runs a command string. */
export function shellLaunch(words: Word[]): ShellLaunch | undefined {
  const w = unwrap(words);
  if (w.length === 0) return undefined;
  const shell = programName(w[0].value);
  if (POSIX_SHELLS.has(shell)) {
    const start = shell === 'busybox' && w[1] && ['sh', 'ash', 'bash'].includes(w[1].value) ? 2 : 1;
    if (shell === 'busybox' && start === 1) return undefined;
    for (let i = start; i < w.length; i++) {
      const v = w[i].value;
      if (!v.startsWith('-')) break; // a script file: `bash run.sh`
      if (/^-[A-Zabd-z]*c[A-Za-z]*$/.test(v) || v === '--command') {
        // Short flags combine (`-lc`, `-ec`); `-o opt` takes a value.
        return { shell, program: w[0], flag: w[i], script: w[i + 1], rest: w.slice(i + 2) };
      }
      if (v === '-o' || v === '+o' || v === '--rcfile' || v === '--init-file') i++;
    }
    return undefined;
  }
  if (shell === 'cmd') {
    for (let i = 1; i < w.length; i++) {
      const v = w[i].value.toLowerCase();
      if (v === '/c' || v === '/k' || v === '/r') return { shell, program: w[0], flag: w[i], script: w[i + 1], rest: w.slice(i + 2) };
      if (!v.startsWith('/')) break;
    }
    return undefined;
  }
  if (shell === 'powershell' || shell === 'pwsh') {
    for (let i = 1; i < w.length; i++) {
      const v = w[i].value;
      if (!v.startsWith('-')) break;
      const name = v.slice(1).toLowerCase();
      const isCommand = (name.length >= 1 && 'command'.startsWith(name)) || (name.length >= 8 && 'commandwithargs'.startsWith(name)) || name === 'cwa';
      const isEncoded = name === 'e' || name === 'ec' || (name.length >= 2 && 'encodedcommand'.startsWith(name));
      if (isCommand || isEncoded) return { shell, program: w[0], flag: w[i], script: w[i + 1], rest: w.slice(i + 2) };
      if (/^(f|fi|fil|file)$/.test(name)) return undefined; // a script file
      // Options that take a value.
      if (/^(executionpolicy|ex|ep|windowstyle|w|inputformat|if|outputformat|of|configurationname|config|version|v|psconsolefile|workingdirectory|wd|settingsfile)$/.test(name)) i++;
    }
    return undefined;
  }
  return undefined;
}

const DOWNLOADER = /\b(?:curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod|fetch)\b/i;
/** Sticky: right after a pipe, an optional `sudo -flags` and an interpreter. */
const INTERPRETER = /\s*(?:sudo\s+(?:-[^\s|;&]+\s+)*)?(?:(?:ba|z|da|k|fi)?sh|python[0-9.]*|node|perl|ruby|iex|invoke-expression|pwsh|powershell)\b/iy;

/**
 * `curl … | sh` and friends: a download piped into an interpreter, in one command line string.
 * Returns the matched text.
 */
export function downloadPipedToShell(line: string): string | undefined {
  // Each pipe: the command before it (back to the previous separator) downloads, and the one
  // after it is an interpreter. Read piece by piece so that no pattern rescans the line.
  let segmentStart = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c !== '|' && c !== ';' && c !== '&' && c !== '\n') continue;
    if (c === '|' && line[i + 1] !== '|') {
      const downloader = DOWNLOADER.exec(line.slice(segmentStart, i));
      INTERPRETER.lastIndex = i + 1;
      const interpreter = downloader ? INTERPRETER.exec(line) : null;
      if (downloader && interpreter) return line.slice(segmentStart + downloader.index, INTERPRETER.lastIndex);
    }
    if (c === '|' && line[i + 1] === '|') i++;
    segmentStart = i + 1;
  }
  // PowerShell: iex (iwr …) / Invoke-Expression (New-Object Net.WebClient).DownloadString(…)
  const ps = /\b(?:iex|invoke-expression)\b[\s(]*(?:iwr|irm|invoke-webrequest|invoke-restmethod|new-object\s+(?:system\.)?net\.webclient)\b[^\n]*/i.exec(line);
  return ps?.[0];
}

/**
 * The simple commands of a shell script, split at `&&`, `||`, `;`, `|` and newlines, each as
 * words that all point at the script's JSON string. Good enough for the one-liners found in
 * configuration files; it does not follow variables or subshells.
 */
export function scriptCommands(script: Word): Word[][] {
  const out: Word[][] = [];
  for (const part of script.value.split(/&&|\|\||[;|\n]/)) {
    const words = splitWords(part).map((value) => ({ value, node: script.node }));
    if (words.length > 0) out.push(words);
  }
  return out;
}

/**
 * Every command line a server runs that the rules should look at: the server's own command
 * line, and for a shell launch the commands inside its script (`cmd /c npx -y pkg` runs npx).
 */
export function commandLines(server: ConfigServer): Word[][] {
  const words = serverWords(server);
  if (words.length === 0) return [];
  const out = [unwrap(words)];
  const launch = shellLaunch(words);
  if (launch?.script) {
    if (launch.shell === 'cmd' || launch.shell === 'powershell' || launch.shell === 'pwsh') {
      // cmd /c npx -y pkg: the words after /c are the command line.
      const inner = [launch.script, ...launch.rest];
      if (inner.length > 1) out.push(unwrap(inner));
      else out.push(...scriptCommands(launch.script).map(unwrap));
    } else {
      out.push(...scriptCommands(launch.script).map(unwrap));
    }
  }
  return out;
}
