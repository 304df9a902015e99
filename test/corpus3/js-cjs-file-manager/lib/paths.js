"use strict";
// Path helpers for the file manager.
const path = require("path");

const BASE = path.resolve(process.env.FILE_MANAGER_ROOT || process.cwd());

function safeJoin(relativePath) {
  const full = path.resolve(BASE, relativePath);
  const rel = path.relative(BASE, full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error("path escapes the workspace: " + relativePath);
  }
  return full;
}

function humanSize(bytes) {
  const units = ["B", "KB", "MB", "GB"];
  let i = 0;
  while (bytes >= 1024 && i < units.length - 1) {
    bytes /= 1024;
    i++;
  }
  return bytes.toFixed(i ? 1 : 0) + " " + units[i];
}

module.exports = { BASE, safeJoin, humanSize };
