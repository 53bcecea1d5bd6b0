import type { Rule } from '../ruleTypes';

export const goTemplate: Rule = {
  code: 'go-template',
  defaultSeverity: 'info',
  summary:
    'The file is a Go template (a Helm chart): it is not checked as YAML; `check --helm CHART` checks what it renders to.',
  check({ file }, report) {
    if (!file.templateAction) return;
    report({
      span: file.templateAction,
      message:
        'This file is a Go template (`{{ … }}`), not YAML until rendered, so it is not checked. Run `istio-canary check --helm <chart folder>` to check what the chart renders.',
    });
  },
};
