import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import v8 from "node:v8";
import serialize from "node-serialize";

export class SnapshotStore {
  constructor(private readonly dir: string) {}

  private file(name: string): string {
    return path.join(this.dir, `${name}.json`);
  }

  async save(name: string, state: unknown): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFile(this.file(name), JSON.stringify(state), "utf8");
  }

  async load(name: string): Promise<unknown> {
    return JSON.parse(await readFile(this.file(name), "utf8"));
  }

  importBlob(blob: string): Record<string, unknown> {
    const bytes = Buffer.from(blob, "base64");
    // ruleid: unsafe-deserialization
    return v8.deserialize(bytes) as Record<string, unknown>;
  }

  importLegacy(payload: string): unknown {
    // ruleid: unsafe-deserialization
    return serialize.unserialize(payload);
  }
}
