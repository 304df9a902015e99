"use strict";
const { exec, execFile } = require("child_process");
const path = require("path");

const MODELS = process.env.MODELS_DIR || "/srv/models";

function sh(cmd) {
  return new Promise((resolve, reject) => {
    // ruleid: tool-input-to-shell
    exec(cmd, { cwd: MODELS }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

async function slice({ model, layerHeight, infill }) {
  const out = model.replace(/\.stl$/i, ".gcode");
  await sh(["prusa-slicer", "--export-gcode", `--layer-height ${layerHeight}`, `--fill-density ${infill}`, model, "-o", out].join(" "));
  return out;
}

function sliceWithProfile(model, profile) {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, SLICER_PROFILE_NAME: profile };
    const script = path.join(__dirname, "slice-profile.sh");
    // ok: tool-input-to-shell
    execFile(script, [path.join(MODELS, model)], { env }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

function printerInfo(printer) {
  return new Promise((resolve, reject) => {
    execFile("prusa-slicer", ["--help-fff", `--printer-profile=${printer}`], (err, stdout) => (err ? reject(err) : resolve(stdout.slice(0, 3000))));
  });
}

module.exports = { slice, sliceWithProfile, printerInfo };
