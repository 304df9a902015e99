import type { AppDeps } from "./deps.js";

type ToolResult = { content: Array<{ type: "text"; text: string }>; isError?: boolean };

export function withErrorHandling<A>(fn: (args: A) => Promise<ToolResult>): (args: A) => Promise<ToolResult> {
  return async (args: A) => {
    try {
      return await fn(args);
    } catch (err) {
      const e = err as Error;
      // ruleid: error-detail-leak
      return { content: [{ type: "text", text: `Error: ${e.message}\n${e.stack}` }], isError: true };
    }
  };
}

export function makeHandlers(deps: AppDeps) {
  return {
    async startTimer(args: { room?: string; minutes?: number; sound?: "buzzer" | "chime" }): Promise<ToolResult> {
      const cfg = { ...deps.defaults, ...args };
      await deps.props.run(`room-timer --room ${cfg.room} --minutes ${cfg.minutes} --sound ${cfg.sound}`);
      return { content: [{ type: "text", text: `Timer started in ${cfg.room}: ${cfg.minutes} minutes` }] };
    },

    async unlockDoor({ doorId }: { doorId: string }): Promise<ToolResult> {
      await deps.props.runArgv("maglock-ctl", ["--release", doorId]);
      return { content: [{ type: "text", text: `door ${doorId} released` }] };
    },

    async announce({ room, message }: { room: string; message: string }): Promise<ToolResult> {
      // message goes through the environment, never through a shell
      await deps.props.runArgv("/usr/local/bin/room-announce", [], { ROOM_ID: room, ANNOUNCE_TEXT: message });
      return { content: [{ type: "text", text: "announced" }] };
    },

    async checkAnswer({ room, puzzleId, answer }: { room: string; puzzleId: string; answer: string }): Promise<ToolResult> {
      const puzzles = await deps.store.readPuzzles(room);
      const puzzle = puzzles.find((p) => p.id === puzzleId);
      if (!puzzle) return { content: [{ type: "text", text: "unknown puzzle" }], isError: true };
      const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
      const correct = normalise(answer) === normalise(puzzle.solution);
      return { content: [{ type: "text", text: correct ? "correct!" : "not quite" }] };
    },
  };
}
