// Request authentication for the Slack bridge.
import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

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
