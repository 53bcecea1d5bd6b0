// What the README's Diagnostics table and the `istioCanary.rules` setting in package.json say
// about each rule, derived from the catalogue (and, for the Kiali column, the `kiali` codes of
// docs/rules/explanations.yaml, which the caller reads and passes in). `npm run generate:docs`
// (scripts/generate-docs.mjs) writes both; test/docs/generatedDocs.test.ts fails when they differ.
import { RULE_SEVERITIES } from '../../../../protocol/src/settings';
import { RULES } from './ruleCatalog';
import type { Rule } from './ruleTypes';

export const TABLE_HEADER = ['code', 'default', 'istioctl', 'Kiali', 'finds'] as const;

/** Kiali's validation codes by rule code (the `kiali` entries of docs/rules/explanations.yaml). */
export type KialiCodes = Readonly<Record<string, { readonly kiali?: readonly string[] } | undefined>>;

/** One table row per rule, in catalogue order: cells as Markdown. */
export function ruleTableRows(kiali: KialiCodes, rules: readonly Rule[] = RULES): string[][] {
  return rules.map((rule) => [
    `\`${rule.code}\``,
    rule.defaultSeverity,
    (rule.istioctl ?? []).join(', '),
    (kiali[rule.code]?.kiali ?? []).join(', '),
    rule.summary.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim(),
  ]);
}

/** The Markdown table (unaligned; Prettier aligns it). */
export function ruleTable(kiali: KialiCodes, rules: readonly Rule[] = RULES): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(TABLE_HEADER),
    line(TABLE_HEADER.map(() => '---')),
    ...ruleTableRows(kiali, rules).map(line),
  ].join('\n');
}

/** The JSON schema of `istioCanary.rules`: one property per rule code, any other code allowed. */
export function rulesSettingSchema(rules: readonly Rule[] = RULES): Record<string, unknown> {
  const severity = { type: 'string', enum: [...RULE_SEVERITIES] };
  return {
    type: 'object',
    default: {},
    markdownDescription:
      'Severity per diagnostic code, e.g. `{ "weight-sum": "error", "host-not-found": "off" }`. Values: `error`, `warning`, `info`, `hint`, `off`.',
    properties: Object.fromEntries(
      rules.map((rule) => [
        rule.code,
        { ...severity, markdownDescription: `${rule.summary} Default: \`${rule.defaultSeverity}\`.` },
      ]),
    ),
    additionalProperties: severity,
  };
}
