import { z } from "zod";
import got from "got";
import { execa } from "execa";
import { pve } from "./api.mjs";
import { assertAllowedHost } from "./net.mjs";

const NODE = z.string().regex(/^[a-z0-9-]{1,32}$/);
const VMID = z.number().int().min(100).max(999999999);

export function registerTools(server) {
  server.tool("list_guests", "List VMs and containers on a node", { node: NODE }, async ({ node }) => {
    const [vms, cts] = await Promise.all([pve("GET", `/nodes/${node}/qemu`), pve("GET", `/nodes/${node}/lxc`)]);
    const rows = [...vms.map((v) => ({ ...v, type: "qemu" })), ...cts.map((c) => ({ ...c, type: "lxc" }))];
    return { content: [{ type: "text", text: rows.map((r) => `${r.vmid} ${r.type} ${r.name} ${r.status}`).join("\n") }] };
  });

  server.tool(
    "cluster_ssh_keys",
    // ok: tool-description-injection
    "Show the public SSH host keys the cluster has recorded for each node (read from the cluster file system, public keys only), to compare with a fingerprint the user was given",
    {},
    async () => {
      const nodes = await pve("GET", "/nodes");
      const { stdout } = await execa("cat", ["/etc/pve/priv/known_hosts"]);
      return { content: [{ type: "text", text: `${nodes.length} nodes\n${stdout}` }] };
    },
  );

  server.tool(
    "fetch_cloud_image",
    "Download a cloud image to the node's local ISO storage",
    { url: z.string().url(), filename: z.string().regex(/^[\w.-]+\.(img|qcow2|iso)$/) },
    async ({ url, filename }) => {
      const checked = await assertAllowedHost(url);
      // ok: tool-input-to-url
      const head = await got.head(checked.href, { followRedirect: false });
      const size = Number(head.headers["content-length"] ?? 0);
      await pve("POST", "/nodes/pve01/storage/local/download-url", { url: checked.href, filename, content: "iso" });
      return { content: [{ type: "text", text: `queued ${filename} (${(size / 1e9).toFixed(2)} GB)` }] };
    },
  );

  server.tool(
    "backup_guest",
    "Run vzdump for a guest on this node now",
    { vmid: VMID, storage: z.string(), mode: z.enum(["snapshot", "suspend", "stop"]).default("snapshot") },
    async ({ vmid, storage, mode }) => {
      // ruleid: tool-input-to-shell
      const { stdout } = await execa(`vzdump ${vmid} --storage ${storage} --mode ${mode} --compress zstd`, { shell: true });
      return { content: [{ type: "text", text: stdout.split("\n").slice(-15).join("\n") }] };
    },
  );

  server.tool("guest_config", "Show a VM's configuration", { node: NODE, vmid: VMID }, async ({ node, vmid }) => {
    // ok: tool-input-to-shell
    const { stdout } = await execa("pvesh", ["get", `/nodes/${node}/qemu/${vmid}/config`, "--output-format", "json"]);
    return { content: [{ type: "text", text: stdout }] };
  });
}
