"use strict";
const vm = require("vm");

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

module.exports = { applyPreset, applyCustom, PRESETS };
