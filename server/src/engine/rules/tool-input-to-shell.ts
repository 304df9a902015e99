import { Kind, type TaintRule } from './types';

const SH = 'a shell command';
const PROG = 'the program a process runs';

export const toolInputToShell: TaintRule = {
  meta: {
    id: 'tool-input-to-shell',
    title: 'Tool input reaches a shell command or the program a process runs',
    severity: 'error',
    cwe: [78],
    languages: ['ts', 'py'],
    docs: 'docs/rules/tool-input-to-shell.md',
  },
  kind: Kind.Shell,
  sinks: {
    ts: [
      { callees: ['child_process.exec', 'child_process.execSync'], what: SH },
      { callees: ['shelljs.exec'], what: SH },
      { callees: ['execa.execaCommand', 'execa.execaCommandSync', 'execa.command', 'execa.commandSync'], what: SH },
      // spawn/execFile: a shell only when `shell` is set; otherwise the program position.
      {
        callees: ['child_process.spawn', 'child_process.spawnSync', 'child_process.execFile', 'child_process.execFileSync', 'execa', 'execa.execa', 'execa.execaSync', 'cross-spawn', 'cross-spawn.sync'],
        args: 'all',
        requires: { key: 'shell', value: /^(?!false$|undefined$|null$)/ },
        what: SH,
      },
      {
        callees: ['child_process.spawn', 'child_process.spawnSync', 'child_process.execFile', 'child_process.execFileSync', 'child_process.fork', 'execa', 'execa.execa', 'execa.execaSync', 'cross-spawn', 'cross-spawn.sync'],
        argv: true,
        what: PROG,
      },
    ],
    py: [
      { callees: ['os.system', 'os.popen', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'commands.getoutput'], what: SH },
      { callees: ['asyncio.create_subprocess_shell'], what: SH },
      {
        callees: ['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen'],
        args: [0],
        keys: ['args'],
        requires: { key: 'shell', value: /^(?!False$|None$|0$)/ },
        what: SH,
      },
      {
        callees: ['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.Popen', 'asyncio.create_subprocess_exec', 'os.execv', 'os.execvp', 'os.execl', 'os.execlp', 'os.spawnv', 'os.spawnvp', 'os.spawnl', 'os.spawnlp', 'os.posix_spawn', 'os.posix_spawnp', 'pexpect.spawn', 'pexpect.run'],
        argv: true,
        what: PROG,
      },
      { callees: ['*.exec_command'], receiver: /ssh|client|conn/i, what: 'a remote shell command' },
    ],
  },
};
