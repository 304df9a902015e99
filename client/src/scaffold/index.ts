// "MCP Warden: New Secure MCP Server…": the project generator. A pure function of the language
// and the project name (no VS Code, no file system) so tests can run it; the command in
// ./command.ts asks the questions and writes the files.
import { pythonProject } from './python';
import { typescriptProject } from './typescript';

export type ScaffoldLang = 'typescript' | 'python';

export interface ScaffoldFile {
  /** Path relative to the new project's folder, with forward slashes. */
  path: string;
  content: string;
}

/** Project names: lower-case letters, digits and dashes, starting with a letter (npm- and PyPI-safe). */
export const PROJECT_NAME = /^[a-z][a-z0-9-]{0,49}$/;

/** Why `name` is not a valid project name, or undefined when it is. */
export function validateProjectName(name: string): string | undefined {
  if (!PROJECT_NAME.test(name)) return 'Use 1–50 lower-case letters, digits and dashes, starting with a letter (e.g. notes-server).';
  if (name.endsWith('-') || name.includes('--')) return 'Dashes only between letters or digits.';
  return undefined;
}

/** The files of a new secure MCP server project. Throws on an invalid name. */
export function scaffold(lang: ScaffoldLang, name: string): ScaffoldFile[] {
  const problem = validateProjectName(name);
  if (problem) throw new Error(`invalid project name ${JSON.stringify(name)}: ${problem}`);
  return lang === 'python' ? pythonProject(name) : typescriptProject(name);
}

/** The file to open after writing the project. */
export function mainFile(lang: ScaffoldLang, name: string): string {
  return lang === 'python' ? `src/${name.replace(/-/g, '_')}/server.py` : 'src/server.ts';
}
