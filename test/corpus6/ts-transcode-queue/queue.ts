export interface Job {
  id: string;
  source: string;
  preset: string;
  state: "queued" | "running" | "done" | "failed";
}

export const PRESETS: Record<string, string[]> = {
  web720: ["--preset", "'Fast 720p30'"],
  web1080: ["--preset", "'Fast 1080p30'"],
  archive: ["--encoder", "x265", "--quality", "22"],
};

export const queue: Job[] = [];
