import { z } from "zod";

const VENUE_API = "https://venues.bandbook.example/api/v1";

export const feeSchema = z.object({ formula: z.string(), hours: z.number(), travelKm: z.number() });
export const venueSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]+$/) });

const FEE_PRESETS: Record<string, (h: number, km: number) => number> = {
  standard: (h, km) => 400 + h * 120 + km * 0.45,
  wedding: (h, km) => 900 + h * 150 + km * 0.45,
};

export async function gigFee(args: Record<string, unknown>): Promise<string> {
  const { formula, hours, travelKm } = feeSchema.parse(args);
  const preset = FEE_PRESETS[formula];
  if (preset) return preset(hours, travelKm).toFixed(2);
  // ruleid: tool-input-to-eval
  const fee = eval(formula.replace(/hours/g, String(hours)).replace(/km/g, String(travelKm)));
  return Number(fee).toFixed(2);
}

export async function venueSpecs(args: Record<string, unknown>): Promise<string> {
  const { slug } = venueSchema.parse(args);
  // ok: tool-input-to-url
  const res = await fetch(`${VENUE_API}/venues/${slug}/stage`);
  return JSON.stringify(await res.json());
}
