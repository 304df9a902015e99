const crypto = require("crypto");

const TEMPLATES = {
  standard: (v) => `VISITOR\n${v.name}\n${v.company || ""}\nHost: ${v.host}`,
  contractor: (v) => `CONTRACTOR\n${v.name}\n${v.company || ""}\nEscort required`,
  vip: (v) => `GUEST\n${v.name}`,
};

function renderBadge(kind, visitor) {
  const tpl = TEMPLATES[kind] || TEMPLATES.standard;
  return tpl(visitor);
}

function renderCustomBadge(template, v) {
  // ruleid: tool-input-to-eval
  return eval("`" + template + "`");
}

function badgeCode() {
  // ok: insecure-randomness
  return crypto.randomBytes(4).toString("hex").toUpperCase();
}

function guestWifiPassword() {
  // ruleid: insecure-randomness
  const password = Math.floor(Math.random() * 1e8).toString().padStart(8, "0");
  return password;
}

module.exports = { renderBadge, renderCustomBadge, badgeCode, guestWifiPassword, TEMPLATES };
