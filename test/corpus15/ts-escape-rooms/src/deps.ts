import { readFile } from "node:fs/promises";
import * as path from "node:path";
import { exec, execFile } from "node:child_process";

export interface Puzzle {
  id: string;
  title: string;
  solution: string;
  check?: string;
  hints: string[];
}

export interface RoomStore {
  dataDir: string;
  readPuzzles(roomId: string): Promise<Puzzle[]>;
}

export interface Props {
  run(cmd: string): Promise<string>;
  runArgv(bin: string, argv: string[], env?: NodeJS.ProcessEnv): Promise<string>;
}

export interface AppDeps {
  store: RoomStore;
  props: Props;
  defaults: { minutes: number; sound: "buzzer" | "chime"; room: string };
}

export function createDeps(): AppDeps {
  const dataDir = process.env.ROOMS_DIR ?? "/var/lib/escape/rooms";
  return {
    store: {
      dataDir,
      async readPuzzles(roomId: string) {
        // ruleid: tool-input-to-path
        const raw = await readFile(path.join(dataDir, `${roomId}.json`), "utf8");
        return JSON.parse(raw).puzzles as Puzzle[];
      },
    },
    props: {
      run: (cmd) =>
        new Promise((resolve, reject) => {
          // ruleid: tool-input-to-shell
          exec(cmd, { timeout: 10_000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
        }),
      runArgv: (bin, argv, env) =>
        new Promise((resolve, reject) => {
          // ok: tool-input-to-shell
          execFile(bin, argv, { timeout: 10_000, env: { ...process.env, ...env } }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
        }),
    },
    defaults: { minutes: 60, sound: "buzzer", room: "lobby" },
  };
}
