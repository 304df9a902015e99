import type { NextFunction, Request, Response } from "express";
import { createHash, timingSafeEqual } from "node:crypto";

const EXPECTED = createHash("sha256").update(process.env.TIMING_MCP_TOKEN ?? "").digest();

export function requireBearer(req: Request, res: Response, next: NextFunction): void {
  const token = (req.headers.authorization ?? "").replace(/^Bearer /, "");
  const got = createHash("sha256").update(token).digest();
  if (!process.env.TIMING_MCP_TOKEN || !timingSafeEqual(got, EXPECTED)) {
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  next();
}
