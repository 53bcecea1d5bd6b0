// What the README's Diagnostics table and the `istioCanary.rules` setting in package.json say
// about each rule, derived from the catalogue. `npm run generate:docs` (scripts/generate-docs.mjs)
// writes both; test/docs/generatedDocs.test.ts fails when they differ from the catalogue.
import { RULE_SEVERITIES } from '../../../../protocol/src/settings';
import { RULES } from './ruleCatalog';
import type { Rule } from './ruleTypes';

export const TABLE_HEADER = ['code', 'default', 'istioctl', 'finds'] as const;

/** One table row per rule, in catalogue order: cells as Markdown. */
export function ruleTableRows(rules: readonly Rule[] = RULES): string[][] {
  return rules.map((rule) => [
    `\`${rule.code}\``,
    rule.defaultSeverity,
    (rule.istioctl ?? []).join(', '),
    rule.summary.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim(),
  ]);
}

/** The Markdown table (unaligned; Prettier aligns it). */
export function ruleTable(rules: readonly Rule[] = RULES): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(TABLE_HEADER), line(TABLE_HEADER.map(() => '---')), ...ruleTableRows(rules).map(line)].join(
    '\n',
  );
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
