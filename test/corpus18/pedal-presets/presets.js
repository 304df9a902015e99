"use strict";
const serialize = require("node-serialize");

const KNOBS = ["gain", "tone", "level", "mix", "time", "feedback", "rate", "depth"];

function clampKnobs(preset) {
  const out = {};
  for (const k of KNOBS) {
    if (preset[k] !== undefined) out[k] = Math.max(0, Math.min(10, Number(preset[k])));
  }
  return out;
}

function parsePresetJson(text) {
  // ok: unsafe-deserialization
  const data = JSON.parse(text);
  return { name: String(data.name || "untitled"), pedal: String(data.pedal || ""), knobs: clampKnobs(data.knobs || {}) };
}

function parseLegacyExport(blob) {
  // v1 of the editor exported node-serialize strings
  // ruleid: unsafe-deserialization
  const data = serialize.unserialize(Buffer.from(blob, "base64").toString("utf8"));
  return { name: String(data.name || "untitled"), pedal: String(data.pedal || ""), knobs: clampKnobs(data.knobs || {}) };
}

module.exports = { parsePresetJson, parseLegacyExport, KNOBS };
