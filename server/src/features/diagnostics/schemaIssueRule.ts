// Rules whose findings come from the schema walk (schemaCheck.ts): each rule file only states
// its code, severity and summary; the walk runs once per file for all of them.
import type { Rule } from './ruleTypes';
import type { SchemaIssueCode } from './schemaCheck';

export function schemaIssueRule(
  rule: Omit<Rule, 'check' | 'code'> & { code: SchemaIssueCode; tag?: 'deprecated' },
): Rule {
  const { tag, ...meta } = rule;
  return {
    ...meta,
    check({ analysis }, report) {
      for (const issue of analysis.schemaIssues) {
        if (issue.code !== rule.code) continue;
        report({
          span: issue.span,
          message: issue.message,
          ...(tag ? { tag } : {}),
          ...(issue.suggestion ? { data: { replacement: issue.suggestion } } : {}),
        });
      }
    },
  };
}
