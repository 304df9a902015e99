"use strict";
const { z } = require("zod");
const { scanLicenses, loadPolicy, violations } = require("./scan");
const { packageLicense } = require("./registry");

const ScanArgs = z.object({ project: z.string(), production: z.boolean().default(true) });
const CheckArgs = z.object({ project: z.string(), policy: z.string().max(20_000) });
const LookupArgs = z.object({ packages: z.array(z.object({ name: z.string(), version: z.string().optional() })).max(100) });

const handlers = {
  async scan(raw) {
    // ok: weak-input-schema
    const { project, production } = ScanArgs.parse(raw);
    return scanLicenses(project, production);
  },
  async check_policy(raw) {
    const { project, policy } = CheckArgs.parse(raw);
    return violations(scanLicenses(project, true), loadPolicy(policy));
  },
  async lookup(raw) {
    const { packages } = LookupArgs.parse(raw);
    return Promise.all(packages.map((p) => packageLicense(p.name, p.version)));
  },
};

module.exports = { handlers, ScanArgs, CheckArgs, LookupArgs };
