import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { z } from "zod";
import { ok, type ToolDefinition } from "../types.js";

const NOTES_DIR = resolve(process.env.NOTES_DIR ?? "./notes");

const readNote: ToolDefinition<any> = {
  name: "read_note",
  description: "Read a markdown note",
  schema: { title: z.string() },
  handler: async ({ title }) => ok(readFileSync(join(NOTES_DIR, `${title}.md`), "utf8")), // FLAW tool-input-to-path
};

const saveNote: ToolDefinition<any> = {
  name: "save_note",
  description: "Save a markdown note",
  schema: { title: z.string().regex(/^[\w -]{1,80}$/), body: z.string() },
  handler: async ({ title, body }) => {
    writeFileSync(join(NOTES_DIR, `${title}.md`), body); // SAFE tool-input-to-path
    return ok("saved");
  },
};

const listNotes: ToolDefinition<any> = {
  name: "list_notes",
  description: "List notes in a sub folder",
  schema: { folder: z.string().default("") },
  handler: async ({ folder }) => {
    const dir = resolve(NOTES_DIR, folder);
    if (dir !== NOTES_DIR && !dir.startsWith(NOTES_DIR + sep)) throw new Error("folder escapes notes dir");
    return ok(readdirSync(dir).join("\n")); // SAFE tool-input-to-path
  },
};

const appendNote: ToolDefinition<any> = {
  name: "append_note",
  description: "Append text to a note",
  schema: { file: z.string(), text: z.string() },
  handler: async (args) => {
    const target = { file: join(NOTES_DIR, args.file), text: args.text };
    const prev = readFileSync(target.file, "utf8"); // FLAW tool-input-to-path
    writeFileSync(target.file, prev + "\n" + target.text); // FLAW tool-input-to-path
    return ok("appended");
  },
};

export const noteTools = [readNote, saveNote, listNotes, appendNote];
