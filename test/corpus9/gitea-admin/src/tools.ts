export const TOOLS = [
  {
    name: "get_repo",
    description: "Fetch repository metadata from Gitea",
    inputSchema: {
      type: "object",
      properties: { owner: { type: "string" }, repo: { type: "string" } },
      required: ["owner", "repo"],
    },
  },
  {
    name: "mirror_status",
    description: "Check that a pull mirror's upstream answers",
    inputSchema: { type: "object", properties: { mirrorUrl: { type: "string" } }, required: ["mirrorUrl"] },
  },
  {
    name: "list_users",
    description: "List site users (admin token required)",
    inputSchema: { type: "object", properties: {} },
  },
];
