"use strict";
const vm = require("vm");
const { unserialize } = require("node-serialize");

const PRESETS = {
  fog: "entry.visibilityNm < 2",
  gale: "entry.windBeaufort >= 8",
  lampFault: "entry.lamp !== 'ok'",
};

function applyPreset(entries, preset) {
  const script = new vm.Script(PRESETS[preset]);
  // ok: tool-input-to-eval
  return entries.filter((entry) => script.runInNewContext({ entry }));
}

function applyCustom(entries, expression) {
  // ruleid: tool-input-to-eval
  return entries.filter((entry) => vm.runInNewContext(expression, { entry }, { timeout: 20 }));
}

function restoreSavedFilter(saved) {
  // ruleid: unsafe-deserialization
  const filter = unserialize(Buffer.from(saved, "base64").toString("utf8"));
  return { preset: filter.preset, condition: filter.condition };
}

module.exports = { applyPreset, applyCustom, restoreSavedFilter, PRESETS };
