import { re2Problem } from '../../../istio/regex';
import type { Rule } from '../ruleTypes';
import { istioSpecs, stringMatchOf, type SpecNode } from '../specNodes';

// validateHTTPRouteMatchRequest, validateStringRegexp, validateAllowOrigins and
// validateURIRegexRewrite in pkg/config/validation: every regex in a VirtualService must compile
// as RE2 and be at most 1024 characters; `withoutHeaders` may use `regex: "*"`, which Istio reads
// as "header present" rather than as a pattern.
export const invalidRegex: Rule = {
  code: 'invalid-regex',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A regex that RE2 rejects, is empty or is longer than 1024 characters.',
  istioctl: ['IST0106'],
  check({ file }, report) {
    const checkPattern = (node: SpecNode, pattern: string, where: string): void => {
      const problem = re2Problem(pattern);
      if (problem) report({ span: node.span, message: `Istio refuses the regex in ${where}: ${problem}.` });
    };
    const checkMatch = (node: SpecNode | undefined, where: string, starIsPresence = false): void => {
      const match = stringMatchOf(node);
      if (match?.type !== 'regex') return;
      if (starIsPresence && match.value === '*') return;
      checkPattern(match.node, match.value, where);
    };
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      for (const http of spec.list('http')) {
        for (const match of http.list('match')) {
          for (const field of ['uri', 'scheme', 'method', 'authority'])
            checkMatch(match.get(field), `\`${field}\``);
          for (const [name, value] of match.get('headers')?.entries() ?? [])
            checkMatch(value, `header \`${name}\``);
          for (const [name, value] of match.get('withoutHeaders')?.entries() ?? [])
            checkMatch(value, `withoutHeaders \`${name}\``, true);
          for (const [name, value] of match.get('queryParams')?.entries() ?? [])
            checkMatch(value, `query parameter \`${name}\``);
        }
        for (const origin of http.get('corsPolicy')?.list('allowOrigins') ?? [])
          checkMatch(origin, '`corsPolicy.allowOrigins`');
        const rewrite = http.get('rewrite')?.get('uriRegexRewrite')?.get('match');
        const pattern = rewrite?.string;
        if (rewrite && pattern !== undefined && pattern !== '')
          checkPattern(rewrite, pattern, '`rewrite.uriRegexRewrite.match`');
      }
    }
  },
};
