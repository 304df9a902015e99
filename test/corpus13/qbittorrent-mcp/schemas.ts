export const TOOL_LIST = [
  {
    name: "list_torrents",
    description: "List torrents, optionally filtered by state.",
    inputSchema: {
      type: "object",
      properties: { filter: { type: "string", enum: ["all", "downloading", "completed", "paused"] } },
    },
  },
  {
    name: "add_magnet",
    description: "Add a magnet link or a .torrent URL to qBittorrent.",
    inputSchema: {
      type: "object",
      properties: { source: { type: "string" }, category: { type: "string" } },
      required: ["source"],
    },
  },
  {
    name: "move_completed",
    description: "Move a completed torrent's content to the library folder.",
    inputSchema: {
      type: "object",
      properties: { hash: { type: "string" }, target: { type: "string" } },
      required: ["hash", "target"],
    },
  },
  {
    name: "probe_media",
    description: "Run mediainfo on a downloaded file and return the summary.",
    inputSchema: { type: "object", properties: { file: { type: "string" } }, required: ["file"] },
  },
];
