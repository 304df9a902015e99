import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { AttachMediaArgs, ConvertArgs, FlightSummaryArgs } from "./schemas.js";
import { attachMedia, convertToCsv, readHeader } from "./logfiles.js";

type Handler = (raw: unknown) => Promise<CallToolResult>;

const text = (t: string): CallToolResult => ({ content: [{ type: "text", text: t }] });

export const HANDLERS: Record<string, Handler> = {
  async flight_summary(raw) {
    // ok: weak-input-schema
    const { log } = FlightSummaryArgs.parse(raw);
    const header = await readHeader(log);
    return text(`${log}: ${header.bytes} bytes, magic ${JSON.stringify(header.magic)}`);
  },

  async convert_ulog(raw) {
    const { log, topics } = ConvertArgs.parse(raw);
    return text(await convertToCsv(log, topics));
  },

  async attach_media(raw) {
    const { flight, media } = AttachMediaArgs.parse(raw);
    return text(`media written to ${await attachMedia(flight, media)}`);
  },
};
