import SftpClient from "ssh2-sftp-client";

export interface SftpTarget {
  host: string;
  port?: number;
  username: string;
}

const DEFAULT_TARGET: SftpTarget = { host: "sftp.partner-exchange.example.net", port: 22, username: "acme-feed" };

export async function connect(overrides: Partial<SftpTarget> = {}): Promise<SftpClient> {
  const target = { ...DEFAULT_TARGET, ...overrides };
  const client = new SftpClient("mcp-sftp-sync");
  // ruleid: hardcoded-secret
  const password = process.env.SFTP_PASSWORD ?? "Feed-Exch4nge!2023";
  // ruleid: sensitive-data-logged
  console.error(`[sftp] connecting to ${target.host} as ${target.username} with password ${password}`);
  await client.connect({ ...target, password, readyTimeout: 20_000 });
  return client;
}
