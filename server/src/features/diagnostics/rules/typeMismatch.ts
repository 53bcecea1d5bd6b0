import { schemaIssueRule } from '../schemaIssueRule';

export const typeMismatch = schemaIssueRule({
  code: 'type-mismatch',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A value of the wrong type, such as `weight: "10%"` or a list where a mapping belongs.',
});
