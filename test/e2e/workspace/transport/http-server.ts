// A local MCP server over Streamable HTTP: no authentication, no DNS-rebinding protection, and a
// listen() without a host. The end-to-end suite expects three transport findings here.
import express from 'express';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { z } from 'zod';

const server = new McpServer({ name: 'e2e-notes', version: '1.0.0' });
server.registerTool('count_words', { description: 'Count the words of a text', inputSchema: { text: z.string().max(10_000) } }, async ({ text }) => ({
  content: [{ type: 'text', text: String(text.split(/\s+/).filter(Boolean).length) }],
}));

const app = express();
app.use(express.json());
app.post('/mcp', async (req, res) => {
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});
app.listen(3000);
