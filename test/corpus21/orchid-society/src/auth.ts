import type { NextFunction, Request, Response } from "express";
import jwt from "jsonwebtoken";

// ok: hardcoded-secret
const SECRET = process.env.ORCHID_JWT_SECRET ?? "";

export function requireBearer(req: Request, res: Response, next: NextFunction) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  try {
    // ok: jwt-verification-disabled
    (req as any).user = jwt.verify(token, SECRET, { algorithms: ["HS256"], audience: "orchid-mcp" });
    next();
  } catch {
    res.status(401).json({ error: "unauthorized" });
  }
}
