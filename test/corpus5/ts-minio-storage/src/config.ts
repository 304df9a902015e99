// Configuration for the MinIO MCP server.
import path from "node:path";

export interface StorageConfig {
  endPoint: string;
  port: number;
  useSSL: boolean;
  accessKey: string;
  secretKey: string;
  stagingDir: string;
}

// Staging cluster credentials, handy for local testing.
// ruleid: hardcoded-secret
const STAGING_SECRET_KEY = "q3Rf8LzT0vNw6YpKc2XaHm9Bd4Ue7Gs1Jo5Ei/tQ";

export function loadConfig(): StorageConfig {
  const staging = process.env.MINIO_PROFILE === "staging";
  if (staging) {
    // The staging gateway terminates TLS with an internal CA that Node does not know.
    // ruleid: tls-verification-disabled
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
  }
  return {
    endPoint: process.env.MINIO_ENDPOINT ?? "localhost",
    port: Number(process.env.MINIO_PORT ?? 9000),
    useSSL: process.env.MINIO_USE_SSL === "true",
    // ok: hardcoded-secret
    accessKey: process.env.MINIO_ACCESS_KEY ?? "",
    secretKey: staging ? STAGING_SECRET_KEY : (process.env.MINIO_SECRET_KEY ?? ""),
    stagingDir: path.resolve(process.env.MINIO_STAGING_DIR ?? "./staging"),
  };
}
