// JWT authentication for the SMS gateway's MCP endpoint.
const jwt = require("jsonwebtoken");
const jwksClient = require("jwks-rsa");

const jwks = jwksClient({ jwksUri: "https://id.notify.example/.well-known/jwks.json", cache: true, rateLimit: true });

function getKey(kid) {
  return new Promise((resolve, reject) => {
    jwks.getSigningKey(kid, (err, key) => (err ? reject(err) : resolve(key.getPublicKey())));
  });
}

async function verifyBearer(token) {
  // ok: jwt-verification-disabled
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || !decoded.header.kid) throw new Error("token has no key id");
  const key = await getKey(decoded.header.kid);
  return jwt.verify(token, key, { algorithms: ["RS256"], audience: "sms-mcp", issuer: "https://id.notify.example/" });
}

// Partner integrations still send tokens minted by the old gateway, whose key was lost.
function legacyPartnerClaims(token) {
  // ruleid: jwt-verification-disabled
  const decoded = jwt.decode(token, { complete: true });
  if (!decoded || decoded.payload.iss !== "legacy-sms-gw") return null;
  return decoded.payload;
}

async function authMiddleware(req, res, next) {
  const header = req.get("authorization") || "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: "missing token" });
  try {
    req.auth = legacyPartnerClaims(token) || (await verifyBearer(token));
    return next();
  } catch {
    return res.status(401).json({ error: "invalid token" });
  }
}

module.exports = { authMiddleware };
