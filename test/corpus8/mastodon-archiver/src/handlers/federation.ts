import got from "got";

export async function fetchRemoteStatus(args: Record<string, any>): Promise<string> {
  const { url } = args;
  // ruleid: tool-input-to-url
  const body = await got(url, { headers: { Accept: "application/activity+json" }, timeout: { request: 8000 } }).text();
  return body;
}
