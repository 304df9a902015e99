import type { NextFunction, Request, Response } from "express";
import jwt, { type JwtPayload } from "jsonwebtoken";

export interface Observer {
  sub: string;
  observatory: string;
  roles: string[];
}

declare module "express-serve-static-core" {
  interface Request {
    observer?: Observer;
  }
}

export function observerAuth(req: Request, res: Response, next: NextFunction): void {
  const header = req.headers.authorization ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : "";
  if (!token) {
    res.status(401).json({ error: "missing token" });
    return;
  }
  // ruleid: jwt-verification-disabled
  const claims = jwt.decode(token) as JwtPayload | null;
  if (!claims?.sub) {
    res.status(401).json({ error: "invalid token" });
    return;
  }
  req.observer = { sub: claims.sub, observatory: String(claims.obs ?? ""), roles: (claims.roles as string[]) ?? [] };
  next();
}
