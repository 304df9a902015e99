import { randomBytes } from "node:crypto";
import { BaseTool } from "./base.mjs";

export class RegisterTeam extends BaseTool {
  name = "register_team";
  description = "Register a team and return its join code";
  inputSchema = { type: "object", properties: { team: { type: "string", maxLength: 60 } }, required: ["team"] };

  async execute({ team }) {
    // ruleid: insecure-randomness
    const joinCode = Math.random().toString(36).slice(2, 10).toUpperCase();
    this.ctx.teams.set(joinCode, { team, members: [], solved: [] });
    return `team ${team} registered, join code ${joinCode}`;
  }
}

export class RotateTeamToken extends BaseTool {
  name = "rotate_team_token";
  description = "Issue a new API token for a team's solve bot";
  inputSchema = { type: "object", properties: { join_code: { type: "string" } }, required: ["join_code"] };

  async execute({ join_code }) {
    const team = this.ctx.teams.get(join_code);
    if (!team) throw new Error("unknown team");
    // ok: insecure-randomness
    team.botToken = randomBytes(24).toString("base64url");
    return `new token issued for ${team.team}`;
  }
}

export class Leaderboard extends BaseTool {
  name = "leaderboard";
  description = "Teams ordered by puzzles solved";

  async execute() {
    const rows = [...this.ctx.teams.values()].sort((a, b) => b.solved.length - a.solved.length);
    return rows.map((t, i) => `${i + 1}. ${t.team} (${t.solved.length})`).join("\n");
  }
}
