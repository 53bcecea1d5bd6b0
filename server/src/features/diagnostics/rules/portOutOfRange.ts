import type { Rule } from '../ruleTypes';
import { istioSpecs, virtualServiceDestinations, type SpecNode } from '../specNodes';

// agent.ValidatePort as pkg/config/validation applies it: destination ports, match ports (when
// set), redirect ports, Gateway server ports and ServiceEntry ports (and target ports) must lie
// in 1..65535.
export const portOutOfRange: Rule = {
  code: 'port-out-of-range',
  defaultSeverity: 'error',
  perDocument: true,
  summary: 'A port number outside 1..65535.',
  istioctl: ['IST0106'],
  check({ file }, report) {
    const check = (node: SpecNode | undefined, zeroMeansUnset: boolean): void => {
      const value = node?.number;
      if (!node || value === undefined || !Number.isInteger(value)) return;
      if (zeroMeansUnset && value === 0) return;
      if (value >= 1 && value <= 65535) return;
      report({ span: node.span, message: `Port ${value} is out of range; Istio accepts 1 to 65535.` });
    };
    for (const { spec } of istioSpecs(file, 'VirtualService')) {
      for (const destination of virtualServiceDestinations(spec))
        check(destination.get('port')?.get('number'), false);
      for (const protocol of ['http', 'tcp', 'tls']) {
        for (const route of spec.list(protocol)) {
          for (const match of route.list('match')) check(match.get('port'), true);
          if (protocol === 'http') check(route.get('redirect')?.get('port'), true);
        }
      }
    }
    for (const { spec } of istioSpecs(file, 'Gateway')) {
      for (const server of spec.list('servers')) {
        if (server.get('bind')?.string?.startsWith('unix://')) continue;
        check(server.get('port')?.get('number'), false);
      }
    }
    for (const { spec } of istioSpecs(file, 'ServiceEntry')) {
      for (const port of spec.list('ports')) {
        check(port.get('number'), false);
        check(port.get('targetPort'), true);
      }
    }
  },
};
