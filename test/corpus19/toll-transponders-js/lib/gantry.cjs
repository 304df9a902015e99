"use strict";
const { exec, execFile } = require("child_process");

function run(cmd) {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(cmd, { timeout: 20000 }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout)));
  });
}

function gantryReads(plaza, tagId) {
  return run("gantry-cli reads --plaza " + plaza + " --tag " + tagId);
}

function pingReader(readerIp) {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    execFile("ping", ["-c", "2", "-W", "1", readerIp], (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

module.exports = { gantryReads, pingReader };
