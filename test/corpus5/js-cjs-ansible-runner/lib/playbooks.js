"use strict";
// Playbook and inventory files live under ANSIBLE_HOME.
const fs = require("fs");
const fsp = require("fs/promises");
const path = require("path");
const yaml = require("js-yaml");

const ANSIBLE_HOME = fs.realpathSync(process.env.ANSIBLE_HOME || "/srv/ansible");
const PLAYBOOK_DIR = path.join(ANSIBLE_HOME, "playbooks");

async function readPlaybook(name) {
  // ruleid: tool-input-to-path
  return fsp.readFile(path.join(PLAYBOOK_DIR, name), "utf8");
}

async function readRoleDefaults(role) {
  const target = await fsp.realpath(path.join(ANSIBLE_HOME, "roles", role, "defaults", "main.yml"));
  const rel = path.relative(ANSIBLE_HOME, target);
  if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("role outside ANSIBLE_HOME");
  // ok: tool-input-to-path
  return fsp.readFile(target, "utf8");
}

function parseExtraVars(text) {
  // Extra vars may use custom tags from the old Python tooling.
  // ruleid: unsafe-deserialization
  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
}

function parseInventory(text) {
  // ok: unsafe-deserialization
  return yaml.safeLoad(text);
}

module.exports = { ANSIBLE_HOME, PLAYBOOK_DIR, readPlaybook, readRoleDefaults, parseExtraVars, parseInventory };
