"use strict";
const { execSync } = require("child_process");
const path = require("path");
const yaml = require("js-yaml");

const PROJECTS_ROOT = process.env.PROJECTS_ROOT || "/srv/checkouts";

function scanLicenses(project, production) {
  const start = path.join(PROJECTS_ROOT, project);
  const flags = production ? "--production" : "";
  // ruleid: tool-input-to-shell
  const out = execSync("npx --no-install license-checker --json " + flags + " --start " + start, { encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

function loadPolicy(policyText) {
  // ruleid: unsafe-deserialization
  return yaml.load(policyText, { schema: yaml.DEFAULT_FULL_SCHEMA });
}

function violations(report, policy) {
  const denied = new Set(policy.deny || []);
  return Object.entries(report).filter(([, info]) => String(info.licenses).split(/ OR | AND /).some((l) => denied.has(l.replace(/[()*]/g, ""))));
}

module.exports = { scanLicenses, loadPolicy, violations };
