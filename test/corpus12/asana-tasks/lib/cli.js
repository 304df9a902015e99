"use strict";

const { exec } = require("child_process");

function runAsanaCli(subcommand, flags) {
  const command = ["asana", subcommand, flags].filter(Boolean).join(" ");
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(command, { timeout: 60000, maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout)));
  });
}

module.exports = { runAsanaCli };
