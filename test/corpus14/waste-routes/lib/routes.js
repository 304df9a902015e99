"use strict";
const path = require("path");
const fs = require("fs");
const { sh, execFileAsync } = require("./exec");

const ROUTES_DIR = process.env.ROUTES_DIR || "/srv/waste/routes";

function vroomCommand(problemFile, threads) {
  return ["vroom", "-t", String(threads), "-i", problemFile].join(" ");
}

async function optimiseRoute(problemFile, threads = 4) {
  const out = await sh(vroomCommand(problemFile, threads));
  return JSON.parse(out);
}

async function optimiseDistrict(district) {
  // The district only travels in an environment variable; the command is constant.
  // ok: tool-input-to-shell
  const { stdout } = await execFileAsync("/opt/waste/bin/plan-district", [], { env: { ...process.env, DISTRICT: district } });
  return stdout;
}

function loadRoute(routeName) {
  const file = path.join(ROUTES_DIR, routeName + ".json");
  // ruleid: tool-input-to-path
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

module.exports = { optimiseRoute, optimiseDistrict, loadRoute };
