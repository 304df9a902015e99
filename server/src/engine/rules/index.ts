// Every rule, sorted by id. The consistency test checks this list against docs/ and fixtures.
import type { Rule, TaintRule } from './types';
import { isTaintRule } from './types';
import { annotationMismatch } from './annotation-mismatch';
import { bindAllInterfaces } from './bind-all-interfaces';
import { configInsecureUrl } from './config-insecure-url';
import { configSecretLiteral } from './config-secret-literal';
import { configShellLauncher } from './config-shell-launcher';
import { configUnpinnedPackage } from './config-unpinned-package';
import { corsWildcardCredentials } from './cors-wildcard-credentials';
import { dnsRebindingUnprotected } from './dns-rebinding-unprotected';
import { errorDetailLeak } from './error-detail-leak';
import { hardcodedSecret } from './hardcoded-secret';
import { httpTransportWithoutAuth } from './http-transport-without-auth';
import { insecureRandomness } from './insecure-randomness';
import { jwtVerificationDisabled } from './jwt-verification-disabled';
import { sensitiveDataLogged } from './sensitive-data-logged';
import { stdoutInStdioServer } from './stdout-in-stdio-server';
import { tlsVerificationDisabled } from './tls-verification-disabled';
import { tokenPassthrough } from './token-passthrough';
import { toolDescriptionInjection } from './tool-description-injection';
import { toolInputToEval } from './tool-input-to-eval';
import { toolInputToPath } from './tool-input-to-path';
import { toolInputToShell } from './tool-input-to-shell';
import { toolInputToSql } from './tool-input-to-sql';
import { toolInputToUrl } from './tool-input-to-url';
import { unsafeDeserialization } from './unsafe-deserialization';
import { weakInputSchema } from './weak-input-schema';

export const RULES: readonly Rule[] = [
  annotationMismatch,
  bindAllInterfaces,
  configInsecureUrl,
  configSecretLiteral,
  configShellLauncher,
  configUnpinnedPackage,
  corsWildcardCredentials,
  dnsRebindingUnprotected,
  errorDetailLeak,
  hardcodedSecret,
  httpTransportWithoutAuth,
  insecureRandomness,
  jwtVerificationDisabled,
  sensitiveDataLogged,
  stdoutInStdioServer,
  tlsVerificationDisabled,
  tokenPassthrough,
  toolDescriptionInjection,
  toolInputToEval,
  toolInputToPath,
  toolInputToShell,
  toolInputToSql,
  toolInputToUrl,
  unsafeDeserialization,
  weakInputSchema,
];

export const TAINT_RULES: readonly TaintRule[] = RULES.filter(isTaintRule);

const byId = new Map(RULES.map((r) => [r.meta.id, r]));
export function getRule(id: string): Rule | undefined {
  return byId.get(id);
}

export { Kind, ALL_KINDS } from './types';
export type { Rule, TaintRule, SinkSpec, RuleMeta } from './types';
