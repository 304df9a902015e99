import { z } from "zod";
import serialize from "node-serialize";

export const lengthSchema = z.object({ songs: z.array(z.object({ title: z.string(), seconds: z.number() })) });
export const importSchema = z.object({ exported: z.string() });
export const riderSchema = z.object({ blob: z.string() });

export async function setlistLength(args: Record<string, unknown>): Promise<string> {
  const { songs } = lengthSchema.parse(args);
  const total = songs.reduce((s, x) => s + x.seconds, 0);
  return `${songs.length} songs, ${Math.round(total / 60)} min`;
}

export async function importSetlist(args: Record<string, unknown>): Promise<string> {
  const { exported } = importSchema.parse(args);
  // ok: unsafe-deserialization
  const list = JSON.parse(exported) as { title: string }[];
  return list.map((s, i) => `${i + 1}. ${s.title}`).join("\n");
}

export async function restoreRider(args: Record<string, unknown>): Promise<string> {
  const { blob } = riderSchema.parse(args);
  // ruleid: unsafe-deserialization
  const rider = serialize.unserialize(Buffer.from(blob, "base64").toString("utf8"));
  return `rider for ${rider.band}: ${rider.channels} channels`;
}
