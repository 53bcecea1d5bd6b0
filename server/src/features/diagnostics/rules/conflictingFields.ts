import { schemaIssueRule } from '../schemaIssueRule';

export const conflictingFields = schemaIssueRule({
  code: 'conflicting-fields',
  defaultSeverity: 'error',
  perDocument: true,
  summary:
    'Two fields that exclude each other are both set, such as `exact` and `prefix` in one string match.',
});
