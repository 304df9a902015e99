"use strict";
const { exec, execFile } = require("child_process");
const { promisify } = require("util");

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

/** Runs a command line through the shell and returns stdout. */
async function sh(commandLine, opts = {}) {
  // ruleid: tool-input-to-shell
  const { stdout } = await execAsync(commandLine, { timeout: 60_000, ...opts });
  return stdout;
}

/** Runs a fixed binary with an environment; never through a shell. */
async function runTool(bin, args, env) {
  const { stdout } = await execFileAsync(bin, args, { env: { ...process.env, ...env }, timeout: 60_000 });
  return stdout;
}

module.exports = { sh, runTool, execFileAsync };
