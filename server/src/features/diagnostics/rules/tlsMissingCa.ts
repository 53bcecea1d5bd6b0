import { isDestinationRule } from '../../../model/resources';
import type { Rule } from '../ruleTypes';

export const tlsMissingCa: Rule = {
  code: 'tls-missing-ca',
  defaultSeverity: 'warning',
  perDocument: true,
  summary:
    "A DestinationRule's client TLS (SIMPLE or MUTUAL, for the host, a port or a subset) names no CA certificates, so the server's certificate is not verified (istioctl IST0128, IST0129).",
  istioctl: ['IST0128', 'IST0129'],
  check({ file }, report) {
    for (const rule of file.resources) {
      if (!isDestinationRule(rule)) continue;
      for (const mode of rule.tlsWithoutCa) {
        report({
          span: mode.span,
          message: `TLS mode ${mode.value} without \`caCertificates\` (or \`credentialName\`): the server's certificate is not verified. Add \`caCertificates\`, or set \`insecureSkipVerify: true\` if skipping verification is intended.`,
        });
      }
    }
  },
};
