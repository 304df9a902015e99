"use strict";

const { exec, execFile } = require("child_process");

const LANECTL = process.env.LANECTL || "/opt/brunswick/bin/lanectl";

function run(cmd) {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(cmd, { timeout: 8000 }, (err, stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve(stdout.trim())));
  });
}

function runArgs(args) {
  return new Promise((resolve, reject) => {
    // ok: tool-input-to-shell
    execFile(LANECTL, args, { timeout: 8000 }, (err, stdout) => (err ? reject(err) : resolve(stdout.trim())));
  });
}

async function status(lane) {
  if (!Number.isInteger(lane) || lane < 1 || lane > 24) throw new Error("lane must be 1-24");
  return runArgs(["status", String(lane)]);
}

async function reset(lane) {
  return run(LANECTL + " reset --lane " + lane + " --full");
}

async function bumpers(lane, up) {
  return runArgs(["bumpers", String(lane), up ? "up" : "down"]);
}

module.exports = { status, reset, bumpers };
