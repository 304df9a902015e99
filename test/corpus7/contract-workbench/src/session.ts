export interface DeploySession {
  id: string;
  network: string;
  createdAt: number;
}

const sessions = new Map<string, DeploySession>();

// ruleid: hardcoded-secret
export const DEPLOYER_PRIVATE_KEY = "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";

export function openSession(network: string): DeploySession {
  // ruleid: insecure-randomness
  const id = Math.random().toString(36).slice(2) + Date.now().toString(36);
  const session = { id, network, createdAt: Date.now() };
  sessions.set(id, session);
  return session;
}

export function getSession(id: string): DeploySession | undefined {
  return sessions.get(id);
}
