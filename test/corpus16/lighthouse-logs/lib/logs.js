"use strict";
const path = require("path");
const shell = require("shelljs");
const { execFileSync } = require("child_process");

const LOG_DIR = process.env.KEEPER_LOGS || "/var/lib/lighthouse/logs";

function grepLogs(term, station) {
  const files = station ? path.join(LOG_DIR, station, "*.log") : path.join(LOG_DIR, "*", "*.log");
  // ruleid: tool-input-to-shell
  const res = shell.exec("grep -i -h '" + term + "' " + files, { silent: true });
  return res.stdout;
}

function grepLogsSafe(term, station) {
  const file = path.join(LOG_DIR, station, "keeper.log");
  try {
    // ok: tool-input-to-shell
    return execFileSync("grep", ["-i", "-h", "--", term, file], { encoding: "utf8" });
  } catch (e) {
    if (e.status === 1) return "";
    throw e;
  }
}

function lampHours(station) {
  return shell.cat(path.join(LOG_DIR, "lamp-hours.csv")).grep(station).toString();
}

module.exports = { grepLogs, grepLogsSafe, lampHours, LOG_DIR };
