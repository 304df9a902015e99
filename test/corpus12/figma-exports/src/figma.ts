const FIGMA_API = "https://api.figma.com/v1";
const token = process.env.FIGMA_TOKEN ?? "";

export async function figmaGet<T>(path: string): Promise<T> {
  const res = await fetch(`${FIGMA_API}${path}`, { headers: { "X-Figma-Token": token } });
  if (!res.ok) throw new Error(`Figma API returned ${res.status}`);
  return (await res.json()) as T;
}

/** Downloads a rendered image from the S3 URL Figma returned. */
export async function downloadImage(url: string): Promise<Buffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`download failed: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}
