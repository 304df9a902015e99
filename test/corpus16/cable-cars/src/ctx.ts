export interface Ctx {
  telemetryToken: string;
  toolsDir: string;
}

export function loadCtx(): Ctx {
  const telemetryToken = process.env.TELEMETRY_TOKEN;
  if (!telemetryToken) throw new Error("TELEMETRY_TOKEN is not set");
  return { telemetryToken, toolsDir: process.env.CABLECAR_TOOLS ?? "/opt/cablecar/bin" };
}
