"use strict";
const fs = require("node:fs");
const path = require("node:path");

const PRESET_ROOT = path.resolve(process.env.PEDAL_PRESETS || path.join(require("node:os").homedir(), "pedal-presets"));

function presetFile(name) {
  const full = path.resolve(PRESET_ROOT, `${name}.json`);
  const rel = path.relative(PRESET_ROOT, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error("preset name leaves the preset folder");
  }
  return full;
}

function loadPreset(name) {
  const file = presetFile(name);
  // ok: tool-input-to-path
  return fs.readFileSync(file, "utf8");
}

function backupFile(target) {
  // backups go next to the presets unless a path under the root is given
  const file = target.startsWith(PRESET_ROOT) ? target : PRESET_ROOT + "/backups/" + target;
  if (!file.startsWith(PRESET_ROOT)) throw new Error("backup path outside preset root");
  return file;
}

function writeBackup(target, body) {
  const file = backupFile(target);
  // ruleid: tool-input-to-path
  fs.writeFileSync(file, body, { mode: 0o600 });
  return file;
}

module.exports = { PRESET_ROOT, presetFile, loadPreset, writeBackup };
