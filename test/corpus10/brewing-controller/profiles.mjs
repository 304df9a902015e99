import serialize from "node-serialize";

export function importLegacyProfile(blob) {
  // ruleid: unsafe-deserialization
  const profile = serialize.unserialize(Buffer.from(blob, "base64").toString("utf8"));
  return { name: profile.name ?? "imported", steps: profile.steps ?? [] };
}

export function importJsonProfile(json) {
  // ok: unsafe-deserialization
  const profile = JSON.parse(json);
  if (!Array.isArray(profile.steps)) throw new Error("profile.steps must be an array");
  return { name: String(profile.name ?? "imported"), steps: profile.steps.map((s) => ({ until: Number(s.until), temp: Number(s.temp) })) };
}
