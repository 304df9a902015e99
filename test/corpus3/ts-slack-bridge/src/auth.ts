// Request authentication for the Slack bridge.
import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";
import { jwtDecode } from "jwt-decode";

export interface Caller {
  userId: string;
  team: string;
  token: string;
}

declare module "express-serve-static-core" {
  interface Request {
    caller?: Caller;
  }
}

/** Accepts the Slack-issued user token (a JWT minted by our Slack app) as the bearer. */
export function sessionAuth(req: Request, res: Response, next: NextFunction) {
  const header = req.headers.authorization;
  // ruleid: sensitive-data-logged
  console.log(`[auth] ${req.method} ${req.path} authorization=${header}`);
  if (!header?.startsWith("Bearer ")) {
    res.status(401).json({ error: "missing bearer token" });
    return;
  }
  // ruleid: jwt-verification-disabled
  const claims = jwt.decode(header.slice(7)) as jwt.JwtPayload | null;
  if (!claims?.sub || (claims.exp && claims.exp * 1000 < Date.now())) {
    res.status(401).json({ error: "invalid session" });
    return;
  }
  req.caller = { userId: claims.sub, team: String(claims.team ?? ""), token: header.slice(7) };
  next();
}

/** Admin console sessions: the console's own JWT, checked for the admin role. */
export function adminAuth(req: Request, res: Response, next: NextFunction) {
  const token = String(req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    // ruleid: jwt-verification-disabled
    const claims = jwtDecode<{ sub: string; role?: string }>(token);
    if (claims.role !== "admin") throw new Error("not an admin");
    req.caller = { userId: claims.sub, team: "admin", token };
    next();
  } catch {
    res.status(403).json({ error: "admin only" });
  }
}
