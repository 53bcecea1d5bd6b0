import { isDns1123Label } from '../../../istio/webhook';
import type { Rule } from '../ruleTypes';
import { istioSpecs, type SpecNode } from '../specNodes';

// validateExportTo in pkg/config/validation/validation.go: entries are `.`, `*` or namespace
// names (`~` too for a ServiceEntry), without duplicates (`.` counts as the resource's own
// namespace), `*` alone, `~` alone; a DestinationRule with a workloadSelector exports only to its
// own namespace.
export const invalidExportTo: Rule = {
  code: 'invalid-export-to',
  defaultSeverity: 'error',
  perDocument: true,
  summary: '`exportTo` entries Istio refuses (bad names, duplicates, `*` with others).',
  istioctl: ['IST0106'],
  check({ file, settings }, report) {
    for (const kind of ['VirtualService', 'DestinationRule', 'ServiceEntry']) {
      for (const { spec, namespace: written } of istioSpecs(file, kind)) {
        const exportTo = spec.get('exportTo');
        const entries = exportTo?.strings() ?? [];
        if (!exportTo || entries.length === 0) continue;
        const namespace = written ?? settings.defaultNamespace;
        const isServiceEntry = kind === 'ServiceEntry';
        const seen = new Map<string, SpecNode>();
        for (const { value, node } of entries) {
          const key = value === '.' ? namespace : value;
          if (seen.has(key)) {
            report({
              span: node.span,
              message:
                key !== value || seen.get(key)!.string !== value
                  ? `\`.\` already exports to this resource's own namespace ${namespace}; Istio refuses the duplicate.`
                  : `\`${value}\` is listed twice in \`exportTo\`; Istio refuses duplicates.`,
            });
            continue;
          }
          if (!(isServiceEntry && value === '~') && key !== '*' && !isDns1123Label(key)) {
            report({
              span: node.span,
              message: `\`${value}\` is not a valid \`exportTo\` entry; write \`.\`, \`*\`${isServiceEntry ? ', `~`' : ''} or a namespace name.`,
            });
            continue;
          }
          seen.set(key, node);
        }
        if (seen.has('*') && entries.length > 1)
          report({
            span: seen.get('*')!.span,
            message:
              '`*` already exports everywhere; Istio refuses it together with other entries. Keep `*` alone.',
          });
        if (seen.has('~') && entries.length > 1)
          report({
            span: seen.get('~')!.span,
            message: '`~` exports to no one; Istio refuses it together with other entries.',
          });
        if (kind === 'DestinationRule' && spec.isSet('workloadSelector') && seen.size > 0) {
          if (!seen.has(namespace))
            report({
              span: exportTo.anchor,
              message: `A DestinationRule with a \`workloadSelector\` can only be exported to its own namespace (\`.\`); Istio refuses others.`,
            });
          else if (seen.size > 1)
            report({
              span: exportTo.anchor,
              message:
                'A DestinationRule with a `workloadSelector` can only have one `exportTo` entry, `.`; Istio refuses more.',
            });
        }
      }
    }
  },
};
