// "MCP Warden: New Secure MCP Server…" (mcpWarden.newServer): asks for the language, a parent
// folder and a name, writes the project from ./index.ts into <folder>/<name>/ (never over an
// existing file) and opens the server file.
import * as vscode from 'vscode';
import { mainFile, scaffold, validateProjectName, type ScaffoldLang } from './index';

export const NEW_SERVER_COMMAND = 'mcpWarden.newServer';

export function registerNewServerCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_SERVER_COMMAND, async () => {
    try {
      await newServer();
    } catch (e) {
      void vscode.window.showErrorMessage(`MCP Warden: could not create the server project: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
}

async function newServer(): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'TypeScript', description: '@modelcontextprotocol/sdk + zod, stdio', lang: 'typescript' as ScaffoldLang },
      { label: 'Python', description: 'FastMCP (mcp package), stdio', lang: 'python' as ScaffoldLang },
    ],
    { title: 'New Secure MCP Server (1/3)', placeHolder: 'Language of the new MCP server' },
  );
  if (!picked) return;
  const folders = await vscode.window.showOpenDialog({
    title: 'New Secure MCP Server (2/3): parent folder of the new project',
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    openLabel: 'Create Project Here',
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  const parent = folders?.[0];
  if (!parent) return;
  const name = await vscode.window.showInputBox({
    title: 'New Secure MCP Server (3/3)',
    prompt: 'Project name (lower-case letters, digits and dashes)',
    value: 'my-mcp-server',
    validateInput: (v) => validateProjectName(v.trim()),
  });
  if (name === undefined) return;
  const projectName = name.trim();
  const projectDir = vscode.Uri.joinPath(parent, projectName);
  const files = scaffold(picked.lang, projectName);

  // Refuse to overwrite anything: check every target first, then write.
  const existing: string[] = [];
  for (const f of files) {
    const target = vscode.Uri.joinPath(projectDir, ...f.path.split('/'));
    try {
      await vscode.workspace.fs.stat(target);
      existing.push(f.path);
    } catch {
      // does not exist: good
    }
  }
  if (existing.length > 0) {
    void vscode.window.showErrorMessage(`MCP Warden: ${projectDir.fsPath} already has ${existing.join(', ')}; nothing was written. Choose another name or folder.`);
    return;
  }
  for (const f of files) {
    const target = vscode.Uri.joinPath(projectDir, ...f.path.split('/'));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(f.content));
  }
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(projectDir, ...mainFile(picked.lang, projectName).split('/')));
  await vscode.window.showTextDocument(doc, { preview: false });
  const inWorkspace = vscode.workspace.getWorkspaceFolder(projectDir) !== undefined;
  const action = inWorkspace ? undefined : 'Open Folder';
  const next = picked.lang === 'python' ? "pip install -e '.[test]' && pytest" : 'npm install && npm test';
  const choice = await vscode.window.showInformationMessage(`MCP Warden: created ${projectName} (${files.length} files). Next: ${next}`, ...(action ? [action] : []));
  if (choice === 'Open Folder') await vscode.commands.executeCommand('vscode.openFolder', projectDir, { forceNewWindow: true });
}
