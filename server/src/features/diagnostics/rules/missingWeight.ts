import type { Rule } from '../ruleTypes';

export const missingWeight: Rule = {
  code: 'missing-weight',
  defaultSeverity: 'warning',
  perDocument: true,
  summary: 'Some destinations of a route have weights and others do not; those without get no traffic.',
  check({ analysis }, report) {
    // A misspelt `weigth:` is reported as an unknown field with a fix; not twice.
    // Nor is a `weight` indented under `destination` (unknown-field says to move it).
    const misspeltWeights = analysis.schemaIssues.filter(
      (i) => i.code === 'unknown-field' && (i.suggestion === 'weight' || i.misplaced === 'weight'),
    );
    for (const split of analysis.splits) {
      // Gateway API weights are relative: gateway-api-weights covers them.
      if (split.relativeWeights) continue;
      for (const route of split.routes) {
        const withWeight = route.entries.filter((e) => e.weight !== undefined).length;
        if (withWeight === 0 || withWeight === route.entries.length) continue;
        const others = route.entries.filter((e) => e.weight !== undefined).map((e) => e.weight?.value);
        const numeric = others.filter((w): w is number => typeof w === 'number');
        const rest = 100 - numeric.reduce((a, b) => a + b, 0);
        for (const entry of route.entries) {
          if (entry.weight) continue;
          if (misspeltWeights.some((i) => i.span.start >= entry.span.start && i.span.end <= entry.span.end))
            continue;
          const name = entry.subset?.value ?? entry.host?.value ?? `destination ${entry.index + 1}`;
          report({
            span: entry.span,
            message:
              `\`${name}\` has no weight while other destinations of this route do, so it gets no traffic; ` +
              (rest > 0
                ? `add \`weight: ${rest}\` to make the route total 100.`
                : 'add `weight: 0` if that is intended.'),
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
