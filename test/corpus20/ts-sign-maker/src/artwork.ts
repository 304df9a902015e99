import { z } from "zod";
import axios from "axios";
import { writeFile } from "node:fs/promises";
import { isAllowedArtworkUrl } from "./net.js";

export function artworkTools() {
  return [
    {
      name: "import_artwork",
      description: "Download customer artwork (SVG/PDF) from an approved share link",
      parameters: z.object({ url: z.string().url(), name: z.string().regex(/^[a-z0-9_-]{1,40}$/) }),
      execute: async ({ url, name }: { url: string; name: string }) => {
        if (!(await isAllowedArtworkUrl(url))) throw new Error("artwork must come from an approved share host");
        // ok: tool-input-to-url
        const res = await axios.get(url, { responseType: "arraybuffer", maxRedirects: 0 });
        await writeFile(`/srv/signs/artwork/${name}.svg`, res.data);
        return `imported ${name}`;
      },
    },
    {
      name: "fetch_font_preview",
      description: "Fetch a font preview image from a type foundry",
      parameters: z.object({ foundryHost: z.string(), family: z.string() }),
      execute: async ({ foundryHost, family }: { foundryHost: string; family: string }) => {
        // ruleid: tool-input-to-url
        const res = await axios.get(`https://${foundryHost}/preview/${family}.png`, { responseType: "arraybuffer" });
        return `preview ${res.data.length} bytes`;
      },
    },
  ];
}
