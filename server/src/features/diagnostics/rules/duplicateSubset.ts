import { isDestinationRule } from '../../../model/resources';
import type { Rule } from '../ruleTypes';

export const duplicateSubset: Rule = {
  code: 'duplicate-subset',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'The same subset name twice in one DestinationRule.',
  check({ file }, report) {
    for (const resource of file.resources) {
      if (!isDestinationRule(resource)) continue;
      const seen = new Map<string, { start: number; end: number }>();
      for (const subset of resource.subsets) {
        const first = seen.get(subset.name.value);
        if (!first) {
          seen.set(subset.name.value, subset.name.span);
          continue;
        }
        report({
          span: subset.name.span,
          message: `Subset \`${subset.name.value}\` is defined twice in DestinationRule ${resource.name?.value ?? ''}; rename or remove one.`,
          related: [{ uri: file.uri, span: first, message: 'first definition' }],
        });
      }
    }
  },
};
