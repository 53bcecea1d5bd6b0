import type { Rule } from '../ruleTypes';
import { istioSpecs, stringMatchOf, type SpecNode } from '../specNodes';

// validateStringMatch in pkg/config/validation/virtualservice.go: an empty `prefix` is refused
// for headers, withoutHeaders, query parameters, scheme, method and authority. Only `uri` allows
// it (Envoy's path matcher does; its string matcher does not).
export const emptyPrefixMatch: Rule = {
  code: 'empty-prefix-match',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'An empty `prefix` match outside `uri` (the validation webhook refuses it).',
  istioctl: ['IST0106'],
  check({ file }, report) {
    const checkMatch = (node: SpecNode | undefined, where: string, presence: string): void => {
      const match = stringMatchOf(node);
      if (match?.type !== 'prefix' || match.value !== '') return;
      report({
        span: match.node.span,
        message: `Istio refuses an empty \`prefix\` in ${where}; ${presence}`,
      });
    };
    const presence = 'to match any value of the header, write `regex: ".*"`.';
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      for (const http of spec.list('http')) {
        for (const match of http.list('match')) {
          for (const field of ['scheme', 'method', 'authority'])
            checkMatch(match.get(field), `\`${field}\``, 'remove the condition to match any value.');
          for (const [name, value] of match.get('headers')?.entries() ?? [])
            checkMatch(value, `header \`${name}\``, presence);
          for (const [name, value] of match.get('withoutHeaders')?.entries() ?? [])
            checkMatch(value, `withoutHeaders \`${name}\``, presence);
          for (const [name, value] of match.get('queryParams')?.entries() ?? [])
            checkMatch(value, `query parameter \`${name}\``, 'to match any value, write `regex: ".*"`.');
        }
      }
    }
  },
};
