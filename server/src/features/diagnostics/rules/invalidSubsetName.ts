import { isDns1123Label } from '../../../istio/webhook';
import type { Rule } from '../ruleTypes';
import { istioSpecs, virtualServiceDestinations, type SpecNode } from '../specNodes';

// validateSubsetName in pkg/config/validation/validation.go: a subset name, where it is defined
// and where a destination names it, must be a DNS-1123 label (Istio's form admits upper case).
export const invalidSubsetName: Rule = {
  code: 'invalid-subset-name',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A subset name that is not a DNS label (the validation webhook refuses it).',
  istioctl: ['IST0106'],
  check({ file }, report) {
    const check = (node: SpecNode | undefined, where: string, allowEmpty: boolean): void => {
      const name = node?.string;
      if (name === undefined || !node) return;
      if (name === '') {
        if (!allowEmpty)
          report({ span: node.span, message: 'A subset needs a name; Istio refuses an empty one.' });
        return;
      }
      if (isDns1123Label(name)) return;
      const fixed = name
        .replace(/[^a-zA-Z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 63);
      report({
        span: node.span,
        message: `Istio refuses the subset name \`${name}\` ${where}: a subset name is a DNS label (letters, digits and \`-\`, at most 63 characters, no dots)${fixed ? `; for example \`${fixed}\`` : ''}.`,
        ...(fixed ? { data: { replacement: fixed } } : {}),
      });
    };
    for (const { spec } of istioSpecs(file, 'DestinationRule')) {
      for (const subset of spec.list('subsets')) check(subset.get('name'), 'in this DestinationRule', false);
    }
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      for (const destination of virtualServiceDestinations(spec))
        check(destination.get('subset'), 'in this destination', true);
    }
  },
};
