import { apiGet, fetchAbsolute } from "./client.js";
import { FetchConfigContextArgs, GetDeviceArgs, ListPrefixesArgs, LookupAddressArgs, RawQueryArgs } from "./schemas.js";

type Handler = (args: unknown) => Promise<string>;

const json = (v: unknown) => JSON.stringify(v, null, 2);

export const handlers: Record<string, Handler> = {
  async list_prefixes(raw) {
    const args = ListPrefixesArgs.parse(raw);
    return json(await apiGet("ipam/prefixes/", { site: args.site, vrf: args.vrf, limit: args.limit }));
  },

  async get_device(raw) {
    const { id } = GetDeviceArgs.parse(raw);
    // ok: tool-input-to-url
    return json(await fetch(`${process.env.NETBOX_URL}/api/dcim/devices/${id}/`, { headers: { Authorization: `Token ${process.env.NETBOX_TOKEN}` } }).then((r) => r.json()));
  },

  async lookup_address(raw) {
    const { address } = LookupAddressArgs.parse(raw);
    // ok: tool-input-to-url
    const page = await fetch(`https://netbox.internal.example/api/ipam/ip-addresses/?q=${encodeURIComponent(address)}`).then((r) => r.json());
    return json(page);
  },

  async fetch_config_context(raw) {
    const { url } = FetchConfigContextArgs.parse(raw);
    return json(await fetchAbsolute(url));
  },

  async raw_query(raw) {
    const { endpoint, params } = RawQueryArgs.parse(raw);
    // ruleid: tool-input-to-url
    const res = await fetch(`${process.env.NETBOX_URL}${endpoint}?${new URLSearchParams(params as Record<string, string>)}`);
    return json(await res.json());
  },
};
