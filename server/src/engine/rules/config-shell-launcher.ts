import { downloadPipedToShell, serverWords, shellLaunch } from '../config/commandline';
import type { ConfigRule } from '../config/context';
import { redact } from '../config/secrets';

/**
 * Flags servers started through a shell command line — `bash -c`, `sh -c`, `cmd /c`,
 * `powershell -Command` — and any command line that pipes a download into an interpreter
 * (`curl … | sh`, `iwr … | iex`). Running a program directly (`"command": "node"`,
 * `"bash", ["run.sh"]`) is fine.
 */
export const configShellLauncher: ConfigRule = {
  meta: {
    id: 'config-shell-launcher',
    title: 'MCP server started through a shell command line',
    severity: 'warning',
    cwe: [78],
    languages: ['json'],
    docs: 'docs/rules/config-shell-launcher.md',
  },
  checkConfig(ctx) {
    for (const s of ctx.doc.servers) {
      const words = serverWords(s);
      if (words.length === 0) continue;
      // A download run as code, wherever it is on the command line (one finding per server).
      const piped = words.map((w) => ({ w, m: downloadPipedToShell(w.value) })).find((x) => x.m);
      if (piped?.m) {
        ctx.report({
          ruleId: configShellLauncher.meta.id,
          message: `Server \`${s.name}\` downloads a script and runs it (\`${clip(piped.m)}\`): whatever that URL serves at start-up — after a compromise, a DNS or network attack — runs on this machine with your rights. Install a reviewed, pinned release and run its program directly.`,
          node: piped.w.node,
        });
        continue;
      }
      const launch = shellLaunch(words);
      if (!launch) continue;
      const script = launch.script ? [launch.script, ...(['cmd', 'powershell', 'pwsh'].includes(launch.shell) ? launch.rest : [])].map((w) => w.value).join(' ') : '';
      const shown = clip([launch.program.value, launch.flag.value, script].filter(Boolean).join(' '));
      ctx.report({
        ruleId: configShellLauncher.meta.id,
        message: `Server \`${s.name}\` is started through a shell (\`${shown}\`): the shell parses the command line, so an \`\${input:…}\` or environment value spliced into it can inject commands, and the program that really runs is hidden inside a string. Put the program in \`command\` and its arguments in \`args\`.`,
        node: launch.program.node,
      });
    }
  },
};

function clip(s: string): string {
  const one = redact(s).replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}
