import { z } from "zod";

const zone = z.string().regex(/^[a-z]+-[a-z]+\d-[a-z]$/, "a zone such as europe-west1-b");
const project = z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/).optional();
const instanceName = z.string().regex(/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/);

export const ListInstancesArgs = z.object({
  project,
  filter: z.string().max(200).optional(),
});

export const DescribeInstanceArgs = z.object({ name: instanceName, zone, project });

export const ReadObjectArgs = z.object({
  bucket: z.string().regex(/^[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]$/),
  object: z.string().min(1).max(1024),
});

export const SshArgs = z.object({
  instance: instanceName,
  zone,
  command: z.string().min(1),
});

export const TOOL_DESCRIPTIONS = {
  list_instances: "List Compute Engine instances of a project (optionally filtered)",
  describe_instance: "Describe one Compute Engine instance",
  read_object: "Print the contents of a Cloud Storage object",
  ssh_command: "Run a command on an instance over IAP SSH",
} as const;
