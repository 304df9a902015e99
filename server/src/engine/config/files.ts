// Which files are MCP client configuration files. Recognised by name, wherever they are:
// VS Code `.vscode/mcp.json` (and a profile's `mcp.json`), Cursor `.cursor/mcp.json`, Claude
// Code's project `.mcp.json`, Claude Desktop `claude_desktop_config.json`.

const CONFIG_NAMES: ReadonlySet<string> = new Set(['mcp.json', '.mcp.json', 'claude_desktop_config.json']);

/** The file names (lower case) analysed as MCP configuration. */
export const MCP_CONFIG_FILE_NAMES: readonly string[] = [...CONFIG_NAMES];

/** True for a path (or URI) whose file name is one of the MCP configuration file names. */
export function isMcpConfigPath(file: string): boolean {
  const cut = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return CONFIG_NAMES.has(file.slice(cut + 1).toLowerCase());
}
