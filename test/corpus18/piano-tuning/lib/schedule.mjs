import { z } from "zod";

export const TuningArgs = z.object({
  serial: z.string().regex(/^[A-Z0-9-]{4,20}$/),
  pitch_hz: z.number().min(415).max(446).default(440),
  temperament: z.enum(["equal", "werckmeister-iii", "kirnberger-iii", "vallotti"]).default("equal"),
});

export const FeedArgs = z.object({
  feed_base: z.string(),
  technician: z.string(),
});

const OFFSETS = {
  equal: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  "werckmeister-iii": [0, -9.8, -7.8, -5.9, -9.8, -2, -11.7, -3.9, -7.8, -11.7, -3.9, -7.8],
  "kirnberger-iii": [0, -9.8, -6.8, -5.9, -13.7, -2, -9.8, -3.4, -7.8, -10.3, -3.9, -11.7],
  vallotti: [0, -5.9, -3.9, -3.9, -7.8, 2, -7.8, -2, -3.9, -5.9, 0, -9.8],
};

export function tuningTable(pitchHz, temperament) {
  const names = ["A", "A#", "B", "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#"];
  return names.map((n, i) => {
    const cents = OFFSETS[temperament][i];
    const hz = pitchHz * Math.pow(2, (i * 100 + cents) / 1200);
    return `${n.padEnd(3)} ${hz.toFixed(2)} Hz (${cents >= 0 ? "+" : ""}${cents} c)`;
  });
}
