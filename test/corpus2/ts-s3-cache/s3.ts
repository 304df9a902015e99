import { S3Client, ListObjectsV2Command, GetObjectCommand } from "@aws-sdk/client-s3";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// ruleid: hardcoded-secret
const AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY9";
// ok: hardcoded-secret
const AWS_ACCESS_KEY_ID = process.env.AWS_ACCESS_KEY_ID ?? "";

export class S3Mirror {
  private client: S3Client;

  constructor(private readonly root: string) {
    // ruleid: sensitive-data-logged
    console.error(`s3-cache: using access key ${AWS_ACCESS_KEY_ID} / ${AWS_SECRET_ACCESS_KEY}`);
    this.client = new S3Client({
      region: process.env.AWS_REGION ?? "eu-west-1",
      credentials: { accessKeyId: AWS_ACCESS_KEY_ID, secretAccessKey: AWS_SECRET_ACCESS_KEY },
    });
  }

  async sync(bucket: string, prefix: string): Promise<number> {
    const listed = await this.client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: 200 }));
    let count = 0;
    for (const obj of listed.Contents ?? []) {
      if (!obj.Key || obj.Key.includes("..")) continue;
      const got = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: obj.Key }));
      const target = join(this.root, bucket, obj.Key);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, await got.Body!.transformToByteArray());
      count++;
    }
    // ok: sensitive-data-logged
    console.error(`s3-cache: synced ${count} objects from ${bucket}`);
    return count;
  }
}
