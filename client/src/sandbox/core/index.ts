// The sandbox core: everything the panel does that does not need VS Code. Bundled on its own as
// dist/sandbox-core.js for the node tests (test/sandbox/), and into dist/client.js for the panel.
export * from './types';
export * from './redact';
export * from './env';
export * from './form';
export * from './render';
export * from './history';
export * from './mcpJson';
export * from './protocol';
export * from './session';
export * from './controller';
export { CappedStdioTransport } from './stdioTransport';
export * from './html';
