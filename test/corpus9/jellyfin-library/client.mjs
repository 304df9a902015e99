import got from "got";
import path from "node:path";

const MEDIA_ROOT = process.env.JELLYFIN_MEDIA ?? "/media";
const METADATA_ROOT = process.env.JELLYFIN_METADATA ?? "/var/lib/jellyfin/metadata/library";

export const jellyfin = got.extend({
  prefixUrl: process.env.JELLYFIN_URL ?? "http://127.0.0.1:8096",
  headers: { "X-Emby-Token": process.env.JELLYFIN_API_KEY ?? "" },
});

export function subtitlePath(folder, lang) {
  return path.join(MEDIA_ROOT, folder, `subtitles.${lang}.srt`);
}

export function posterPath(itemId) {
  return path.join(METADATA_ROOT, itemId.slice(0, 2), itemId, "poster.json");
}
