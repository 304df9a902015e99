const VALUES = { X: 10, M: 0 };

const HANDICAP_TABLES = {
  portsmouth: "Math.max(0, Math.round(100 - score / 6))",
  wa720: "Math.max(0, Math.round(110 - score / 7.2))",
  york: "Math.max(0, Math.round(100 - score / 11.5))",
  bray1: "Math.max(0, Math.round(90 - score / 3))",
};

export function scoreEnd(arrows) {
  const expr = arrows
    .split(",")
    .map((a) => a.trim().toUpperCase())
    .map((a) => (a in VALUES ? String(VALUES[a]) : a))
    .join("+");
  // ruleid: tool-input-to-eval
  return eval(expr);
}

export function handicapFor(round, score) {
  const formula = HANDICAP_TABLES[round];
  if (!formula) throw new Error("unknown round");
  // ok: tool-input-to-eval
  return new Function("score", `return ${formula};`)(Number(score));
}
