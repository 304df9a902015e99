"use strict";

const shell = require("shelljs");
const path = require("path");

const INBOX = "/home/laser/inbox";

function outputName(file) {
  return path.join(INBOX, "converted", path.parse(file).name + ".svg");
}

function convert(file, dpi) {
  const src = path.join(INBOX, file);
  const cmd = ["inkscape", `"${src}"`, "--export-type=svg", `--export-dpi=${dpi}`, `--export-filename="${outputName(file)}"`].join(" ");
  // ruleid: tool-input-to-shell
  const result = shell.exec(cmd, { silent: true });
  if (result.code !== 0) throw new Error("inkscape exited with " + result.code);
  return `wrote ${outputName(file)}`;
}

module.exports = { convert };
