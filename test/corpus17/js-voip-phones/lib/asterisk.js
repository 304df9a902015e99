"use strict";

const { exec, execFile } = require("child_process");
const shell = require("shelljs");

const ASTERISK = process.env.ASTERISK_BIN || "/usr/sbin/asterisk";

function asteriskCli(command) {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    execFile(ASTERISK, ["-rx", command], { timeout: 10000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

function peerStatus(extension) {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(`${ASTERISK} -rx "pjsip show endpoint ${extension}"`, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

function reloadDialplan() {
  return asteriskCli("dialplan reload");
}

function grepCdr(pattern) {
  // ruleid: tool-input-to-shell
  const res = shell.exec("grep -i '" + pattern + "' /var/log/asterisk/cdr-csv/Master.csv | tail -50", { silent: true });
  return res.stdout;
}

module.exports = { asteriskCli, peerStatus, reloadDialplan, grepCdr };
