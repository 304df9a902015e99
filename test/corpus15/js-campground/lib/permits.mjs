import serialize from "node-serialize";

export function importPermitState(state) {
  // ruleid: unsafe-deserialization
  const restored = serialize.unserialize(Buffer.from(state, "base64").toString());
  return Array.isArray(restored.permits) ? restored.permits : [];
}

export function parsePermitJson(json) {
  // ok: unsafe-deserialization
  const data = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error("expected an array of permits");
  return data.filter((p) => typeof p.trailhead === "string" && typeof p.party === "number");
}
