import jwt from "jsonwebtoken";
import type { Request, Response, NextFunction } from "express";

const PUBLIC_KEY = process.env.RELAY_JWT_PUBLIC_KEY ?? "";

export function requireJwt(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, "");
  if (!token) return res.status(401).json({ error: "missing token" });
  try {
    // ok: jwt-verification-disabled
    const claims = jwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"], audience: "webhook-relay" });
    (req as Request & { claims?: unknown }).claims = claims;
    next();
  } catch {
    res.status(401).json({ error: "invalid token" });
  }
}

/** Used by the replay endpoint, which "only needs the tenant id". */
export function tenantOf(req: Request): string | undefined {
  const token = req.headers.authorization?.replace(/^Bearer /, "") ?? "";
  // ruleid: jwt-verification-disabled
  const claims = jwt.decode(token) as { tenant?: string } | null;
  return claims?.tenant;
}
