import { MongoClient, type Db } from "mongodb";

const MONGO_HOST = process.env.MONGO_HOST ?? "cluster0.mongo.example.net";
const MONGO_USER = process.env.MONGO_USER ?? "explorer";
// ruleid: hardcoded-secret
const MONGO_PASSWORD = "Tq4#zW8pLx!2vRm9";

let client: MongoClient | undefined;

export async function db(): Promise<Db> {
  if (!client) {
    const uri = `mongodb+srv://${MONGO_USER}:${encodeURIComponent(process.env.MONGO_PASSWORD ?? MONGO_PASSWORD)}@${MONGO_HOST}/?retryWrites=true`;
    client = await MongoClient.connect(uri, { appName: "mcp-mongo-explorer" });
  }
  return client.db(process.env.MONGO_DB ?? "app");
}

export const COLLECTIONS = ["orders", "customers", "products", "events"] as const;
