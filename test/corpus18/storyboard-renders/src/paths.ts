import path from "node:path";

export const BOARDS_ROOT = path.resolve(process.env.STORYBOARD_ROOT ?? "/srv/storyboards");

export function boardPath(rel: string): string {
  const full = path.resolve(BOARDS_ROOT, rel);
  if (!full.startsWith(BOARDS_ROOT + path.sep)) {
    throw new Error("board path must stay inside the storyboard root");
  }
  return full;
}
