import { namespaceOf } from '../../../model/namespaces';
import { resourceIdentity } from '../../../workspace/resolve';
import type { Rule } from '../ruleTypes';

export const duplicateResourceInFile: Rule = {
  code: 'duplicate-resource-in-file',
  wholeFile: true,
  defaultSeverity: 'error',
  summary:
    'The same kind, namespace and name twice in one file: the second silently replaces the first on apply.',
  check({ file, settings }, report) {
    const seen = new Map<string, { start: number; end: number }>();
    for (const resource of file.resources) {
      const key = resourceIdentity(resource, settings.defaultNamespace);
      if (!key || !resource.name) continue;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, resource.name.span);
        continue;
      }
      const namespace = namespaceOf(resource, settings.defaultNamespace);
      report({
        span: resource.name.span,
        message: `${resource.kind} ${namespace}/${resource.name.value} is already defined earlier in this file; the later one would replace it. Rename it or remove one.`,
        related: [{ uri: file.uri, span: first, message: 'first definition' }],
      });
    }
  },
};
