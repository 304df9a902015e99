import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

const PUBLIC_KEY = process.env.MCP_JWT_PUBLIC_KEY ?? "";
const LEGACY_SECRET = process.env.MCP_LEGACY_SECRET ?? "";

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!token) {
    res.status(401).json({ error: "missing token" });
    return;
  }
  try {
    const claims = req.header("x-legacy-client")
      // ruleid: jwt-verification-disabled
      ? jwt.verify(token, LEGACY_SECRET, { algorithms: ["HS256", "none"] })
      // ok: jwt-verification-disabled
      : jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"], audience: "intercom-inbox-mcp", issuer: "https://auth.example.com/" });
    res.locals.claims = claims;
    // ruleid: token-passthrough
    res.locals.intercomToken = req.headers.authorization;
    next();
  } catch {
    res.status(401).json({ error: "invalid token" });
  }
}
