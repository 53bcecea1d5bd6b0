import type { Rule } from '../ruleTypes';

const NOT_ANALYSED = new Set(['FILE_TOO_LARGE', 'BINARY_FILE', 'TOO_DEEPLY_NESTED', 'PARSER_FAILURE']);

export const yamlSyntax: Rule = {
  code: 'yaml-syntax',
  defaultSeverity: 'error',
  summary: 'The YAML itself is malformed (bad indentation, unclosed quotes, duplicate keys, tabs).',
  check({ file }, report) {
    for (const problem of file.yaml.problems) {
      if (NOT_ANALYSED.has(problem.code) || problem.severity !== 'error') continue;
      report({ span: problem.span, message: `YAML syntax: ${problem.message}` });
    }
  },
};
