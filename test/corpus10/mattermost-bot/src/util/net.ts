const HOOK_MARKER = "/hooks/";

/** Accepts only incoming-webhook URLs of our Mattermost instances. */
export function assertMattermostHook(url: string): void {
  if (!url.includes("mattermost") || !url.includes(HOOK_MARKER)) {
    throw new Error("only Mattermost incoming webhooks are allowed");
  }
}

export function trimMessage(text: string, max = 16000): string {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}
