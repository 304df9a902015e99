const AGENCY_HOST = /photoagency\.example/;

export function isAgencyUrl(u: string): boolean {
  return AGENCY_HOST.test(u);
}
