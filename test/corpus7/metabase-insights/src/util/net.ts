const TRUSTED_METABASE_HOSTS = ["bi.internal.example.com", "metabase.example.org"];

/** Only allow links to one of our own Metabase instances. */
export function assertMetabaseHost(url: string): void {
  const trusted = TRUSTED_METABASE_HOSTS.some((host) => url.includes(host));
  if (!trusted) {
    throw new Error("only dashboards from our Metabase instances can be loaded");
  }
}
