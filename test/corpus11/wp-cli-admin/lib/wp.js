"use strict";
const { exec, execFile } = require("child_process");
const shellQuote = require("shell-quote");

const WP_PATH = process.env.WP_PATH || "/var/www/html";

function wpArgs(subcommand, extra) {
  return [`--path=${WP_PATH}`, ...subcommand, ...(extra || []), "--format=json"];
}

function wpFile(subcommand, extra) {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    execFile("wp", wpArgs(subcommand, extra), { maxBuffer: 8 << 20 }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout)));
  });
}

function wpShell(commandLine) {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(`wp --path=${WP_PATH} ${commandLine}`, { maxBuffer: 8 << 20 }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout)));
  });
}

function wpQuoted(words) {
  const line = shellQuote.quote(["wp", `--path=${WP_PATH}`, ...words]);
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    exec(line, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

module.exports = { wpFile, wpShell, wpQuoted };
