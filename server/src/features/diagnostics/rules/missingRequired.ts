import { schemaIssueRule } from '../schemaIssueRule';

export const missingRequired = schemaIssueRule({
  code: 'missing-required',
  defaultSeverity: 'error',
  summary: 'A required field is missing, such as a destination without `host`.',
});
