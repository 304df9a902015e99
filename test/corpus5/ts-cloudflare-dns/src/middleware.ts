// Express middleware: RS256 bearer tokens issued by the internal SSO.
import type { Request, Response, NextFunction } from "express";
import jwt, { type JwtPayload } from "jsonwebtoken";
import { readFileSync } from "node:fs";

const PUBLIC_KEY = readFileSync(process.env.SSO_PUBLIC_KEY_PATH ?? "/etc/mcp/sso-public.pem", "utf8");

export interface AuthedRequest extends Request {
  user?: JwtPayload & { email?: string };
}

export function bearer(req: AuthedRequest, res: Response, next: NextFunction): void {
  const header = req.headers.authorization;
  if (!header?.startsWith("Bearer ")) {
    res.status(401).set("WWW-Authenticate", 'Bearer realm="dns-mcp"').json({ error: "missing bearer token" });
    return;
  }
  try {
    // ok: jwt-verification-disabled
    req.user = jwt.verify(header.slice(7), PUBLIC_KEY, { algorithms: ["RS256"], audience: "dns-mcp", issuer: "https://sso.corp.example" }) as JwtPayload;
    next();
  } catch {
    res.status(401).json({ error: "invalid token" });
  }
}

export function originGuard(req: Request, res: Response, next: NextFunction): void {
  const origin = req.headers.origin;
  if (origin && origin !== "https://assistant.corp.example") {
    res.status(403).json({ error: "origin not allowed" });
    return;
  }
  next();
}
