import { compileRe2 } from '../../../istio/regex';
import { isCompiledRegex } from '../../../istio/routeValidity';
import { isVirtualService } from '../../../model/resources';
import type { Rule } from '../ruleTypes';

// The webhook compiles every match regex with Go's regexp (RE2): lookaround, backreferences,
// counts above 1000, empty patterns and patterns over 1024 characters make it refuse the
// VirtualService. Checked with the same RE2 engine the simulator matches with.
export const invalidRegex: Rule = {
  code: 'invalid-regex',
  defaultSeverity: 'error',
  summary: 'A match regex that is not valid RE2 (Istio refuses the VirtualService).',
  check({ file }, report) {
    for (const resource of file.resources) {
      if (!isVirtualService(resource)) continue;
      for (const route of resource.routes) {
        for (const regex of route.regexes) {
          if (!isCompiledRegex(regex.mapField, regex.pattern.value)) continue;
          const compiled = compileRe2(regex.pattern.value);
          if (compiled.ok) continue;
          report({
            span: regex.pattern.span,
            message: `This ${regex.field} regex is ${compiled.error}.`,
          });
        }
      }
    }
  },
};
