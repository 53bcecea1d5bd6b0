import type { Rule } from '../ruleTypes';

export const missingWeight: Rule = {
  code: 'missing-weight',
  defaultSeverity: 'warning',
  summary: 'Some destinations of a route have weights and others do not; those without get no traffic.',
  check({ analysis }, report) {
    for (const split of analysis.splits) {
      for (const route of split.routes) {
        const withWeight = route.entries.filter((e) => e.weight !== undefined).length;
        if (withWeight === 0 || withWeight === route.entries.length) continue;
        const others = route.entries.filter((e) => e.weight !== undefined).map((e) => e.weight?.value);
        const numeric = others.filter((w): w is number => typeof w === 'number');
        const rest = 100 - numeric.reduce((a, b) => a + b, 0);
        for (const entry of route.entries) {
          if (entry.weight) continue;
          const name = entry.subset?.value ?? entry.host?.value ?? `destination ${entry.index + 1}`;
          report({
            span: entry.span,
            message:
              `\`${name}\` has no weight while other destinations of this route do, so it gets no traffic; ` +
              `add \`weight: ${Math.max(0, rest)}\`` +
              (rest === 0 ? ' (or 0, to keep it deliberately idle).' : '.'),
            data: {
              fix: 'add-weight',
              protocol: route.protocol,
              routeIndex: route.index,
              weight: Math.max(0, rest),
            },
          });
        }
      }
    }
  },
};
