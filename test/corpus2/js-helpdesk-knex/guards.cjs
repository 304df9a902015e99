"use strict";

const { createHash, timingSafeEqual } = require("node:crypto");

const KEY_HASH = createHash("sha256").update(process.env.HELPDESK_MCP_KEY || "").digest();

function requireApiKey(req, res, next) {
  const header = req.get("authorization") || "";
  const token = header.replace(/^Bearer\s+/i, "");
  const ok = process.env.HELPDESK_MCP_KEY && timingSafeEqual(createHash("sha256").update(token).digest(), KEY_HASH);
  if (!ok) return res.status(401).json({ error: "unauthorized" });
  next();
}

function originGuard(allowed) {
  return (req, res, next) => {
    const origin = req.get("origin");
    if (origin && !allowed.some((a) => origin === a || origin.startsWith(a))) {
      return res.status(403).json({ error: "origin not allowed" });
    }
    next();
  };
}

module.exports = { requireApiKey, originGuard };
