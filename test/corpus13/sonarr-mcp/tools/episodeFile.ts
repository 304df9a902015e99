import { z } from "zod";
import { readNfo } from "./importFolder.js";

export default {
  name: "read_episode_nfo",
  description: "Return the .nfo metadata sidecar of a downloaded episode.",
  inputSchema: z.object({
    nfo: z.string().describe("path of the .nfo file, below the download root"),
  }),
  async handler({ nfo }: { nfo: string }) {
    if (!nfo.endsWith(".nfo")) {
      return { content: [{ type: "text" as const, text: "only .nfo files" }] };
    }
    const text = await readNfo(nfo);
    return { content: [{ type: "text" as const, text }] };
  },
};
