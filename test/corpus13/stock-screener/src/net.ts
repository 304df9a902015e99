/** Custom feeds must be Finnhub mirrors. */
export function assertFeedHost(raw: string): void {
  if (!raw.includes("finnhub.io")) {
    throw new Error("feed must be hosted on finnhub.io");
  }
}
