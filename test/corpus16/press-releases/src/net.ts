const WIRE_DOMAINS = ["newswire.example.com", "presswire.example.org"];

/** Rejects feed URLs that do not belong to one of our wire services. */
export function assertWireFeed(url: string): void {
  if (!WIRE_DOMAINS.some((d) => url.includes(d))) {
    throw new Error("feed must come from a contracted wire service");
  }
}
