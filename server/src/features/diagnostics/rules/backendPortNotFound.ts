import { judgeBackend } from '../../gatewayApi/references';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';
import { gatewayRoutesIn, shareAsErrors, shareOf } from './gatewayApiShared';

export const backendPortNotFound: Rule = {
  code: 'backend-port-not-found',
  defaultSeverity: 'warning',
  summary:
    'An HTTPRoute or GRPCRoute backendRef port that its Service (any version in the workspace) does not expose: the proxy has no cluster for it.',
  crossFile: true,
  check(context, report) {
    const lookup = lookupOf(context);
    for (const route of gatewayRoutesIn(context.file.resources))
      for (const rule of route.rules)
        for (const ref of rule.backendRefs) {
          const verdict = judgeBackend(lookup, route, ref);
          if (verdict.kind !== 'port-not-exposed' || !ref.port) continue;
          const share = shareAsErrors(shareOf(context.analysis, route, rule, ref));
          report({
            span: ref.port.span,
            message: `Service \`${ref.name?.value ?? ''}\` has no port ${verdict.port}; it exposes ${verdict.ports.join(', ')}.${verdict.ports.length === 1 ? ` Use port ${verdict.ports[0]}.` : ''}${share}`,
            ...(verdict.ports.length === 1 ? { data: { replacement: String(verdict.ports[0]) } } : {}),
            related: verdict.services.flatMap((s) =>
              s.name ? [{ uri: s.uri, span: s.name.span, message: `Service ${s.name.value}` }] : [],
            ),
          });
        }
  },
};
