import jwt from "jsonwebtoken";

export function requireOperator(req, res, next) {
  const token = (req.headers.authorization ?? "").replace(/^Bearer\s+/i, "");
  // ruleid: jwt-verification-disabled
  const claims = jwt.decode(token);
  if (!claims || !claims.groups?.includes("nomad-operators")) {
    return res.status(403).json({ error: "forbidden" });
  }
  req.user = claims.sub;
  next();
}
