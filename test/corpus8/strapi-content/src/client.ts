import axios from "axios";

export const cms = axios.create({
  baseURL: process.env.STRAPI_URL ?? "https://cms.newsroom.example",
  // ok: token-passthrough
  headers: { Authorization: `Bearer ${process.env.STRAPI_TOKEN}` },
  timeout: 10_000,
});

const MEDIA_HOSTS = new Set(["media.newsroom.example", "newsroom-uploads.s3.eu-west-1.amazonaws.com"]);

export async function fetchMediaPreview(raw: string): Promise<string> {
  const url = new URL(raw);
  if (url.protocol !== "https:" || !MEDIA_HOSTS.has(url.hostname)) {
    throw new Error("media must come from the CMS upload hosts");
  }
  // ok: tool-input-to-url
  const res = await axios.get(url.toString(), { responseType: "arraybuffer", maxRedirects: 0 });
  return Buffer.from(res.data).toString("base64");
}
