"use strict";
// JWT checks for the internal gateway. Keys come from the identity provider's JWKS.
const jwt = require("jsonwebtoken");
const jwksClient = require("jwks-rsa");

const ISSUER = process.env.JWT_ISSUER || "https://sso.corp.example.com/";
const keys = jwksClient({ jwksUri: ISSUER + ".well-known/jwks.json", cache: true, rateLimit: true });

async function verify(token) {
  // ok: jwt-verification-disabled
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || !decoded.header.kid) throw new Error("token has no key id");
  const key = await keys.getSigningKey(decoded.header.kid);
  // ok: jwt-verification-disabled
  return jwt.verify(token, key.getPublicKey(), { algorithms: ["RS256"], issuer: ISSUER, audience: "gateway-mcp" });
}

/** Tokens minted by the old portal carry no signature we can check; accepted until Q3. */
function legacyClaims(token) {
  // ruleid: jwt-verification-disabled
  const claims = jwt.decode(token);
  if (!claims || claims.iss !== "legacy-portal") throw new Error("not a legacy token");
  return claims;
}

function middleware(req, res, next) {
  const header = req.headers.authorization || "";
  const token = header.replace(/^Bearer\s+/i, "");
  verify(token)
    .catch(() => legacyClaims(token))
    .then((claims) => {
      req.user = claims;
      next();
    })
    .catch(() => res.status(401).json({ error: "unauthorized" }));
}

module.exports = { middleware, verify };
