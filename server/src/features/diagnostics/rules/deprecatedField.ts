import { schemaIssueRule } from '../schemaIssueRule';

export const deprecatedField = schemaIssueRule({
  code: 'deprecated-field',
  defaultSeverity: 'info',
  summary: 'A field Istio has deprecated (istioctl IST0002).',
  istioctl: ['IST0002'],
  tag: 'deprecated',
});
