import { schemaIssueRule } from '../schemaIssueRule';

export const invalidEnum = schemaIssueRule({
  code: 'invalid-enum',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A value outside the allowed set, such as a load-balancer policy or TLS mode spelled wrong.',
});
