"use strict";

const BASE = { jewelry: 400, electronics: 150, tools: 60, instruments: 220 };

function valueItem(category, condition, rule) {
  const base = BASE[category];
  const expr = rule.replace(/\bbase\b/g, String(base)).replace(/\bcondition\b/g, String(condition));
  // ruleid: tool-input-to-eval
  return Number(eval(expr));
}

function loanOffer(appraised, termDays) {
  const rate = { 30: 0.2, 60: 0.35, 90: 0.5 }[termDays];
  const principal = Math.round(appraised * 0.4);
  return { principal, fee: Math.round(principal * rate), termDays };
}

module.exports = { valueItem, loanOffer };
