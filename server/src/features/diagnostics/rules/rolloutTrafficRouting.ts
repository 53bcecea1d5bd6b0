// Argo Rollouts' canary with Istio traffic routing (`spec.strategy.canary.trafficRouting.istio`):
// the names it gives must exist, because the controller refuses the Rollout otherwise, and
// `kubectl argo rollouts lint` does not look across resources. Checked: the VirtualService(s) and
// their named http routes, each route listing both the stable and the canary destination (by
// subset with a DestinationRule, else by host = canaryService / stableService), the
// DestinationRule and its two subsets, the two Services, and `setWeight` within 0..100. Also what
// Argo refuses (rollout/trafficrouting/istio/istio.go `Validate*Routes`, validation.go
// `ValidateRolloutStrategyCanary`): an entry omitting `routes` / `tlsRoutes` / `tcpRoutes` on a
// VirtualService with several such routes, tls / tcp selectors matching no route, the routes it
// then steps lacking a side, the same Service as stable and canary, no Services without a
// destinationRule, and setHeaderRoute / setMirrorRoute names missing from `managedRoutes`.
import type { Document } from '../../../syntax/yamlAst';
import { namespaceOf } from '../../../model/namespaces';
import { isArgoRollout, type Located, type Route } from '../../../model/resources';
import type { Span } from '../../../syntax/parseYaml';
import { asMap, asScalar, asSeq, findPair, getValue, spanOf, stringValue } from '../../../syntax/yamlAst';
import { serviceOfHost } from '../../../istio/hosts';
import { resourceDocument } from '../../../syntax/resourceDocument';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';
import { rolloutRouteSelection } from '../../../workspace/controllers';
import { rolloutVirtualServiceName } from '../../../workspace/resolve';

export const rolloutTrafficRouting: Rule = {
  code: 'rollout-traffic-routing',
  defaultSeverity: 'error',
  summary:
    'An Argo Rollout names a VirtualService, route, DestinationRule, subset or Service that does not exist, a route it steps lacks its stable or canary destination, setWeight is outside 0..100, or Argo refuses its Istio traffic routing (several routes and none named, one Service for both sides, a step route missing from managedRoutes).',
  crossFile: true,
  check(context, report) {
    const { file, settings } = context;
    const rollouts = file.resources.filter(
      (r) => r.kind === 'Rollout' && r.apiVersion.startsWith('argoproj.io/'),
    );
    if (rollouts.length === 0) return;
    const lookup = lookupOf(context);
    for (const rollout of rollouts) {
      const doc = resourceDocument(file.yaml, file.document.getText(), rollout);
      if (!doc) continue;
      const namespace = namespaceOf(rollout, settings.defaultNamespace);
      const canary = asMap(
        getValue(
          asMap(getValue(asMap(getValue(asMap(doc.contents, doc), 'spec'), doc), 'strategy'), doc),
          'canary',
        ),
        doc,
      );
      if (!canary) continue;
      for (const step of asSeq(getValue(canary, 'steps'), doc)?.items ?? []) {
        const weight = asScalar(getValue(asMap(step, doc), 'setWeight'), doc);
        const span = spanOf(weight);
        if (weight && span && typeof weight.value === 'number' && (weight.value < 0 || weight.value > 100))
          report({ span, message: `setWeight ${weight.value} is outside 0..100: Argo Rollouts refuses it.` });
      }
      const located = (node: unknown) => locate(node, doc);
      const canaryService = located(getValue(canary, 'canaryService'));
      const stableService = located(getValue(canary, 'stableService'));
      for (const service of [canaryService, stableService]) {
        if (!service) continue;
        const found = lookup.services.some(
          (s) => s.name?.value === service.value && namespaceOf(s, settings.defaultNamespace) === namespace,
        );
        if (!found)
          report({
            span: service.span,
            message: `Service ${namespace}/${service.value} is not defined in this workspace; Argo Rollouts needs it to exist.`,
          });
      }
      const trafficRouting = asMap(getValue(canary, 'trafficRouting'), doc);
      const istioPair = findPair(trafficRouting, 'istio');
      const istio = asMap(istioPair?.value, doc);
      if (!istio) continue;
      // Argo's ValidateRolloutStrategyCanary, for the Istio router.
      if (canaryService && stableService && canaryService.value === stableService.value)
        report({
          span: stableService.span,
          message: `stableService and canaryService are both \`${stableService.value}\`: Argo Rollouts refuses the Rollout ("This rollout uses the same service for the stable and canary services, but two different services are required.").`,
        });
      const istioKey = spanOf(istioPair?.key);
      if (!findPair(istio, 'destinationRule') && !findPair(canary, 'pingPong') && istioKey) {
        const missing = [canaryService ? '' : 'canaryService', stableService ? '' : 'stableService'].filter(
          Boolean,
        );
        if (missing.length)
          report({
            span: istioKey,
            message: `Istio traffic routing without a destinationRule splits by Service: Argo Rollouts refuses the Rollout without ${missing.map((m) => `\`${m}\``).join(' and ')} ("Canary service and Stable service must to be set to use Traffic Routing").`,
          });
      }
      const managedNames = (asSeq(getValue(trafficRouting, 'managedRoutes'), doc)?.items ?? []).flatMap(
        (item) => stringValue(getValue(asMap(item, doc), 'name'), doc) ?? [],
      );
      const hasManaged = findPair(trafficRouting, 'managedRoutes') !== undefined;
      for (const step of asSeq(getValue(canary, 'steps'), doc)?.items ?? []) {
        const stepMap = asMap(step, doc);
        for (const action of ['setHeaderRoute', 'setMirrorRoute']) {
          const pair = findPair(stepMap, action);
          if (!pair) continue;
          const routeName = located(getValue(asMap(pair.value, doc), 'name'));
          const span = routeName?.span ?? spanOf(pair.key);
          if (!span) continue;
          if (!hasManaged)
            report({
              span,
              message: `${action} needs \`trafficRouting.managedRoutes\` listing its route: Argo Rollouts refuses the Rollout ("Rollout has missing field 'spec.strategy.canary.trafficRouting.managedRoutes'").`,
            });
          else if (!managedNames.includes(routeName?.value ?? ''))
            report({
              span,
              message: `Route \`${routeName?.value ?? ''}\` of ${action} is not in \`trafficRouting.managedRoutes\`${managedNames.length ? ` (${managedNames.map((n) => `\`${n}\``).join(', ')})` : ''}: Argo Rollouts refuses the Rollout ("Steps define a route that does not exist in spec.strategy.canary.trafficRouting.managedRoutes").`,
            });
        }
      }
      const destinationRule = asMap(getValue(istio, 'destinationRule'), doc);
      const drName = located(getValue(destinationRule, 'name'));
      const canarySubset = located(getValue(destinationRule, 'canarySubsetName'));
      const stableSubset = located(getValue(destinationRule, 'stableSubsetName'));
      if (drName) {
        const rules = lookup.destinationRules.filter(
          (d) => d.name?.value === drName.value && namespaceOf(d, settings.defaultNamespace) === namespace,
        );
        if (rules.length === 0)
          report({
            span: drName.span,
            message: `DestinationRule ${namespace}/${drName.value} is not defined in this workspace.`,
          });
        else
          for (const subset of [canarySubset, stableSubset]) {
            if (subset && !rules.some((d) => d.subsets.some((s) => s.name.value === subset.value)))
              report({
                span: subset.span,
                message: `DestinationRule ${drName.value} has no subset \`${subset.value}\` (it defines ${
                  rules.flatMap((d) => d.subsets.map((s) => `\`${s.name.value}\``)).join(', ') || 'none'
                }).`,
              });
          }
      }
      const expected = drName
        ? { stable: stableSubset?.value, canary: canarySubset?.value, by: 'subset' as const }
        : { stable: stableService?.value, canary: canaryService?.value, by: 'host' as const };
      if (!isArgoRollout(rollout)) continue;
      const managed = new Set(rollout.canary?.managedRoutes.map((r) => r.value));
      for (const ref of rollout.canary?.istio?.virtualServices ?? []) {
        const name = ref.name;
        if (!name) continue;
        const { name: vsName, namespace: vsNamespace } = rolloutVirtualServiceName(name.value, namespace);
        const matches = lookup.virtualServices.filter(
          (v) => v.name?.value === vsName && namespaceOf(v, settings.defaultNamespace) === vsNamespace,
        );
        if (matches.length === 0) {
          report({
            span: name.span,
            message: `VirtualService ${vsNamespace}/${vsName} is not defined in this workspace.`,
          });
          continue;
        }
        // Several files may hold versions of one VirtualService (staged rollouts): each is
        // checked, and a finding they share is reported once.
        const reported = new Set<string>();
        const once = (span: Span, message: string) => {
          const key = `${span.start}:${message}`;
          if (reported.has(key)) return;
          reported.add(key);
          report({ span, message });
        };
        for (const route of ref.routes) {
          const httpRoutes = matches.flatMap((v) =>
            v.routes.filter((r) => r.protocol === 'http' && r.name === route.value).map((r) => ({ v, r })),
          );
          if (httpRoutes.length === 0) {
            const names = [
              ...new Set(
                matches.flatMap((v) =>
                  v.routes.filter((r) => r.protocol === 'http' && r.name).map((r) => `\`${r.name}\``),
                ),
              ),
            ];
            once(
              route.span,
              `VirtualService ${vsName} has no http route named \`${route.value}\` (${names.length ? `it has ${names.join(', ')}` : 'its http routes have no names'}).`,
            );
            continue;
          }
          const { v: vs, r: found } = httpRoutes[httpRoutes.length - 1]!;
          const missing = missingSides(found, namespaceOf(vs, settings.defaultNamespace), expected);
          if (missing.length)
            once(
              route.span,
              `Route \`${route.value}\` must list both the stable and the canary destination for Argo Rollouts to set their weights; it lacks ${missing.join(' and ')}.`,
            );
        }
        for (const vs of matches) {
          const vsRouteNamespace = namespaceOf(vs, settings.defaultNamespace);
          for (const protocol of ['http', 'tls', 'tcp'] as const) {
            // Named http routes are checked above, one by one.
            if (protocol === 'http' && ref.routes.length > 0) continue;
            const selection = rolloutRouteSelection(vs, ref, managed, protocol);
            const refusal = selection.refusal;
            const field = SELECTOR_FIELD[protocol];
            if (refusal?.reason === 'several-routes') {
              const besides =
                protocol === 'http' &&
                vs.routes.some((r) => r.protocol === 'http' && r.name !== undefined && managed.has(r.name))
                  ? ' besides the managedRoutes'
                  : '';
              once(
                name.span,
                `VirtualService ${vsName} has ${refusal.count} ${protocol} routes${besides} and this entry lists no \`${field}\`: Argo Rollouts refuses the Rollout ("spec.${protocol}[] should be set in VirtualService and it must have exactly one route when omitting spec.strategy.canary.trafficRouting.istio.virtualService.${field}"). Name the ${protocol} route${protocol === 'http' ? '' : 's'} it steps under \`${field}\`.`,
              );
              continue;
            }
            if (refusal?.reason === 'no-matching-route') {
              const selector =
                protocol === 'tls' ? ref.tlsRoutes[refusal.selector] : ref.tcpRoutes[refusal.selector];
              const hosts = protocol === 'tls' ? (ref.tlsRoutes[refusal.selector]?.sniHosts ?? []) : [];
              once(
                selector?.span ?? name.span,
                `No ${protocol} route of VirtualService ${vsName} matches port ${selector?.port ?? 0}${protocol === 'tls' ? ` with exactly the SNI hosts [${hosts.join(', ')}]` : ''} (a route matches when its match entries name that one port): Argo Rollouts refuses the Rollout ("No matching ${protocol.toUpperCase()} routes found in the defined Virtual Service.").`,
              );
              continue;
            }
            for (const index of selection.indexes) {
              const route = vs.routes.find((r) => r.protocol === protocol && r.index === index);
              if (!route) continue;
              const missing = missingSides(route, vsRouteNamespace, expected);
              if (!missing.length) continue;
              const omitted =
                (protocol === 'http' ? ref.routes : protocol === 'tls' ? ref.tlsRoutes : ref.tcpRoutes)
                  .length === 0;
              const which =
                protocol === 'http'
                  ? vs.routes.filter((r) => r.protocol === 'http').length === 1
                    ? 'the only http route'
                    : 'the first unnamed http route'
                  : omitted
                    ? `the only ${protocol} route`
                    : `${protocol} route ${index + 1}`;
              once(
                name.span,
                `Argo Rollouts steps ${which} of VirtualService ${vsName}${omitted ? ` (this entry lists no \`${field}\`)` : ''}, which must list both the stable and the canary destination; it lacks ${missing.join(' and ')}.`,
              );
            }
          }
        }
      }
    }
  },
};

const SELECTOR_FIELD = { http: 'routes', tls: 'tlsRoutes', tcp: 'tcpRoutes' } as const;

function locate(node: unknown, doc: Document): Located<string> | undefined {
  const value = stringValue(node, doc);
  const span = spanOf(asScalar(node, doc));
  return value !== undefined && span ? { value, span } : undefined;
}

function missingSides(
  route: Route,
  vsNamespace: string,
  expected: { stable?: string | undefined; canary?: string | undefined; by: 'subset' | 'host' },
): string[] {
  const has = (want: string) =>
    route.destinations.some((d) =>
      expected.by === 'subset'
        ? d.subset?.value === want
        : d.host !== undefined && serviceOfHost(d.host.value, vsNamespace)?.name === want,
    );
  const out: string[] = [];
  if (expected.stable && !has(expected.stable)) out.push(`the stable ${expected.by} \`${expected.stable}\``);
  if (expected.canary && !has(expected.canary)) out.push(`the canary ${expected.by} \`${expected.canary}\``);
  return out;
}
