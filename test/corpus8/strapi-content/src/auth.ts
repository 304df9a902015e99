import type { Request, Response, NextFunction } from "express";
import { timingSafeEqual } from "node:crypto";

const expected = Buffer.from(process.env.MCP_BEARER ?? "", "utf8");

export function requireBearer(req: Request, res: Response, next: NextFunction) {
  const header = req.header("authorization") ?? "";
  const given = Buffer.from(header.replace(/^Bearer /, ""), "utf8");
  if (expected.length === 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    res.status(401).json({ error: "unauthorized" });
    return;
  }
  next();
}
