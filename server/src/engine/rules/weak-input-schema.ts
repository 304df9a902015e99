import type { CheckRule } from './types';

/**
 * Flags tool input schemas that accept anything: `z.any()`, `z.unknown()`, `z.record(z.any())`,
 * passthrough objects, JSON Schemas `{ type: "object" }` without properties, Python parameters
 * typed `dict`/`Any` or untyped, raw `request.params.arguments` used without parsing, and
 * unbounded strings that reach a dangerous sink. The checks live in the language modules
 * (js/discover.ts, py/discover.ts); this module is the rule's identity.
 */
export const weakInputSchema: CheckRule = {
  meta: {
    id: 'weak-input-schema',
    title: 'Tool input schema accepts arbitrary or unbounded values',
    severity: 'warning',
    cwe: [20],
    languages: ['ts', 'py'],
    docs: 'docs/rules/weak-input-schema.md',
  },
};
