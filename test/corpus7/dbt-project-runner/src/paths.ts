import path from "node:path";

export function insideProject(projectDir: string, relative: string): string {
  const root = path.resolve(projectDir);
  const candidate = path.resolve(root, relative);
  if (!candidate.startsWith(root + path.sep)) {
    throw new Error("path must stay inside the dbt project");
  }
  return candidate;
}
