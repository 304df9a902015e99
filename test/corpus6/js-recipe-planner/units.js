"use strict";

const UNITS = { g: "g", kg: "kg", ml: "ml", l: "l", tsp: "tsp", tbsp: "tbsp", cup: "cup", pc: "" };

function scaleQuantity(quantity, ratio) {
  const scaled = Number(quantity) * ratio;
  if (!Number.isFinite(scaled)) return "?";
  return scaled >= 10 ? Math.round(scaled).toString() : scaled.toFixed(2).replace(/\.?0+$/, "");
}

module.exports = { UNITS, scaleQuantity };
