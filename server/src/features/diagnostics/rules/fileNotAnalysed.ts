import type { Rule } from '../ruleTypes';

const NOT_ANALYSED = new Set(['FILE_TOO_LARGE', 'BINARY_FILE', 'TOO_DEEPLY_NESTED', 'PARSER_FAILURE']);

export const fileNotAnalysed: Rule = {
  code: 'file-not-analysed',
  defaultSeverity: 'warning',
  summary:
    'The file was not analysed at all: too large (istioCanary.maxFileSize), binary, or nested absurdly deep.',
  check({ file }, report) {
    for (const problem of file.yaml.problems) {
      if (NOT_ANALYSED.has(problem.code)) report({ span: problem.span, message: problem.message });
    }
  },
};
