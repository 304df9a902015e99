// Used by the sandbox E2E (test/e2e/suite/50-sandbox.test.js): the panel links the `add` tool
// of the server it is connected to back to this registration.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

export function register(server: McpServer): void {
  server.registerTool(
    'add',
    {
      description: 'Adds two integers.',
      inputSchema: { a: z.number().int().min(-1000).max(1000), b: z.number().int().min(-1000).max(1000) },
      annotations: { readOnlyHint: true },
    },
    async ({ a, b }) => ({ content: [{ type: 'text', text: String(a + b) }] }),
  );
}
