import { schemaIssueRule } from '../schemaIssueRule';

export const unknownField = schemaIssueRule({
  code: 'unknown-field',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A field the schema does not define, with a suggestion for near-misses (`weigth` → `weight`).',
});
