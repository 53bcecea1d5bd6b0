// Argo Rollouts' canary with Istio traffic routing (`spec.strategy.canary.trafficRouting.istio`):
// the names it gives must exist, because the controller refuses the Rollout otherwise, and
// `kubectl argo rollouts lint` does not look across resources. Checked: the VirtualService(s) and
// their named http routes, each route listing both the stable and the canary destination (by
// subset with a DestinationRule, else by host = canaryService / stableService), the
// DestinationRule and its two subsets, the two Services, and `setWeight` within 0..100.
import type { Document } from '../../../syntax/yamlAst';
import { namespaceOf } from '../../../model/namespaces';
import type { Located, VirtualService } from '../../../model/resources';
import { asMap, asScalar, asSeq, getValue, spanOf, stringValue } from '../../../syntax/yamlAst';
import { serviceOfHost } from '../../../istio/hosts';
import { resourceDocument } from '../../../syntax/resourceDocument';
import type { Rule } from '../ruleTypes';
import { lookupOf } from './crossFile';

export const rolloutTrafficRouting: Rule = {
  code: 'rollout-traffic-routing',
  defaultSeverity: 'error',
  summary:
    'An Argo Rollout names a VirtualService, route, DestinationRule, subset or Service that does not exist, a route lacks its stable or canary destination, or setWeight is outside 0..100.',
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
      const istio = asMap(getValue(asMap(getValue(canary, 'trafficRouting'), doc), 'istio'), doc);
      if (!istio) continue;
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
      const services = asSeq(getValue(istio, 'virtualServices'), doc)?.items ?? [
        getValue(istio, 'virtualService'),
      ];
      for (const item of services) {
        const ref = asMap(item, doc);
        const name = located(getValue(ref, 'name'));
        if (!name) continue;
        // Argo accepts `name` or `name.namespace`.
        const [vsName, vsNamespace = namespace] = name.value.split('.', 2) as [string, string?];
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
        const routes = asSeq(getValue(ref, 'routes'), doc)?.items.map(located) ?? [];
        const expected = drName
          ? { stable: stableSubset?.value, canary: canarySubset?.value, by: 'subset' as const }
          : { stable: stableService?.value, canary: canaryService?.value, by: 'host' as const };
        for (const route of routes) {
          if (!route) continue;
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
            report({
              span: route.span,
              message: `VirtualService ${vsName} has no http route named \`${route.value}\` (${names.length ? `it has ${names.join(', ')}` : 'its http routes have no names'}).`,
            });
            continue;
          }
          const vs = httpRoutes[httpRoutes.length - 1]!.v;
          const missing = missingSides(vs, namespaceOf(vs, settings.defaultNamespace), route.value, expected);
          if (missing.length)
            report({
              span: route.span,
              message: `Route \`${route.value}\` must list both the stable and the canary destination for Argo Rollouts to set their weights; it lacks ${missing.join(' and ')}.`,
            });
        }
      }
    }
  },
};

function locate(node: unknown, doc: Document): Located<string> | undefined {
  const value = stringValue(node, doc);
  const span = spanOf(asScalar(node, doc));
  return value !== undefined && span ? { value, span } : undefined;
}

function missingSides(
  vs: VirtualService,
  vsNamespace: string,
  routeName: string,
  expected: { stable?: string; canary?: string; by: 'subset' | 'host' },
): string[] {
  const route = vs.routes.find((r) => r.protocol === 'http' && r.name === routeName);
  if (!route) return [];
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
