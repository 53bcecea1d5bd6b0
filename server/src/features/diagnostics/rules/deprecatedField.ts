import { schemaIssueRule } from '../schemaIssueRule';

export const deprecatedField = schemaIssueRule({
  code: 'deprecated-field',
  defaultSeverity: 'warning',
  perDocument: true,
  summary: 'A field or value Istio has deprecated (istioctl IST0002, a warning there too).',
  istioctl: ['IST0002'],
  tag: 'deprecated',
});
