// Navigation across an Argo Rollout and what its canary strategy names: the VirtualService
// (`virtualService(s).name`, `name` or `name.namespace`), its http route names (`routes`,
// `managedRoutes`), the DestinationRule (`destinationRule.name`) and its canary and stable subsets
// (`canarySubsetName` / `stableSubsetName`), and the canary and stable Services. Renaming any of
// them on either side renames the other: an http route's `name` and the Rollout's `routes`, a
// subset and `canarySubsetName` / `stableSubsetName`.
import {
  isDestinationRule,
  type ArgoRollout,
  type DestinationRule,
  type Located,
  type VirtualService,
} from '../../model/resources';
import { rolloutVirtualServiceKey, rolloutVirtualServiceName } from '../../workspace/resolve';
import { contains, dedupe, namespaceIn, valueSpan, type NavigationContext } from './context';
import type { Occurrence, SubsetTarget } from './targets';

/** A VirtualService by name: its `metadata.name`, or a Rollout's `virtualService(s).name`. */
export interface VirtualServiceTarget {
  readonly kind: 'virtual-service';
  readonly name: string;
  readonly namespace: string;
  readonly at: Occurrence;
}

/** An http route `name` of a VirtualService, or a Rollout's `routes` / `managedRoutes` entry. */
export interface RouteNameTarget {
  readonly kind: 'route';
  readonly name: string;
  /** The VirtualService, as `namespace/name`. */
  readonly virtualService: string;
  readonly at: Occurrence;
}

/** A DestinationRule by name: its `metadata.name`, or a Rollout's `destinationRule.name`. */
export interface DestinationRuleTarget {
  readonly kind: 'destination-rule';
  readonly name: string;
  readonly namespace: string;
  readonly at: Occurrence;
}

export type ControllerTarget = VirtualServiceTarget | RouteNameTarget | DestinationRuleTarget;

/** What the cursor is on in a Rollout; `host` targets for the canary and stable Services. */
export function targetInRollout(
  context: NavigationContext,
  rollout: ArgoRollout,
  offset: number,
):
  | ControllerTarget
  | SubsetTarget
  | { kind: 'host'; host: string; namespace: string; at: Occurrence }
  | undefined {
  const canary = rollout.canary;
  if (!canary) return undefined;
  const namespace = namespaceIn(context, rollout);
  for (const service of [canary.canaryService, canary.stableService])
    if (service && contains(service.span, offset))
      return { kind: 'host', host: service.value, namespace, at: occurrence(rollout.uri, service, false) };
  for (const ref of canary.istio?.virtualServices ?? []) {
    if (!ref.name) continue;
    const key = rolloutVirtualServiceKey(ref.name.value, namespace);
    if (contains(ref.name.span, offset)) {
      const [vsNamespace, name] = splitKey(key);
      return {
        kind: 'virtual-service',
        name,
        namespace: vsNamespace,
        at: vsRefOccurrence(rollout.uri, ref.name),
      };
    }
    const route = ref.routes.find((r) => contains(r.span, offset));
    if (route)
      return {
        kind: 'route',
        name: route.value,
        virtualService: key,
        at: occurrence(rollout.uri, route, false),
      };
  }
  const managed = canary.managedRoutes.find((r) => contains(r.span, offset));
  if (managed) {
    // A managed route lives in every VirtualService of the Rollout; navigate within the first.
    const first = canary.istio?.virtualServices.find((r) => r.name);
    if (first?.name)
      return {
        kind: 'route',
        name: managed.value,
        virtualService: rolloutVirtualServiceKey(first.name.value, namespace),
        at: occurrence(rollout.uri, managed, false),
      };
  }
  const rule = canary.istio?.destinationRule;
  if (rule?.name && contains(rule.name.span, offset))
    return {
      kind: 'destination-rule',
      name: rule.name.value,
      namespace,
      at: occurrence(rollout.uri, rule.name, false),
    };
  for (const subset of [rule?.canarySubsetName, rule?.stableSubsetName]) {
    if (!subset || !contains(subset.span, offset)) continue;
    const rules = rule?.name ? destinationRulesNamed(context, rule.name.value, namespace) : [];
    const host = rules.find((r) => r.host)?.host?.value;
    return {
      kind: 'subset',
      name: subset.value,
      rules,
      ...(host !== undefined ? { host } : {}),
      namespace,
      at: occurrence(rollout.uri, subset, false),
    };
  }
  return undefined;
}

/** A VirtualService's own name or one of its http route names under the cursor. */
export function targetInVirtualServiceNames(
  context: NavigationContext,
  vs: VirtualService,
  offset: number,
): ControllerTarget | undefined {
  if (!vs.name) return undefined;
  const namespace = namespaceIn(context, vs);
  if (contains(vs.name.span, offset))
    return { kind: 'virtual-service', name: vs.name.value, namespace, at: occurrence(vs.uri, vs.name, true) };
  for (const route of vs.routes) {
    if (route.protocol !== 'http' || route.name === undefined || !route.nameSpan) continue;
    if (contains(route.nameSpan, offset))
      return {
        kind: 'route',
        name: route.name,
        virtualService: `${namespace}/${vs.name.value}`,
        at: occurrence(vs.uri, { value: route.name, span: route.nameSpan }, true),
      };
  }
  return undefined;
}

/** A DestinationRule's own name under the cursor. */
export function targetInDestinationRuleName(
  context: NavigationContext,
  rule: DestinationRule,
  offset: number,
): DestinationRuleTarget | undefined {
  if (!rule.name || !contains(rule.name.span, offset)) return undefined;
  return {
    kind: 'destination-rule',
    name: rule.name.value,
    namespace: namespaceIn(context, rule),
    at: occurrence(rule.uri, rule.name, true),
  };
}

/** Every place naming a controller target, declarations first. */
export function controllerOccurrences(context: NavigationContext, target: ControllerTarget): Occurrence[] {
  const out: Occurrence[] = [];
  switch (target.kind) {
    case 'virtual-service': {
      for (const vs of context.lookup.virtualServices)
        if (vs.name?.value === target.name && namespaceIn(context, vs) === target.namespace)
          out.push(occurrence(vs.uri, vs.name, true));
      for (const rollout of rolloutsNaming(context, `${target.namespace}/${target.name}`))
        for (const ref of rollout.refs) out.push(vsRefOccurrence(rollout.rollout.uri, ref.name));
      break;
    }
    case 'route': {
      for (const vs of context.lookup.virtualServices) {
        if (!vs.name || `${namespaceIn(context, vs)}/${vs.name.value}` !== target.virtualService) continue;
        for (const route of vs.routes)
          if (route.protocol === 'http' && route.name === target.name && route.nameSpan)
            out.push(occurrence(vs.uri, { value: route.name, span: route.nameSpan }, true));
      }
      for (const { rollout, refs } of rolloutsNaming(context, target.virtualService)) {
        for (const ref of refs)
          for (const route of ref.routes)
            if (route.value === target.name) out.push(occurrence(rollout.uri, route, false));
        for (const route of rollout.canary?.managedRoutes ?? [])
          if (route.value === target.name) out.push(occurrence(rollout.uri, route, false));
      }
      break;
    }
    case 'destination-rule': {
      for (const rule of destinationRulesNamed(context, target.name, target.namespace))
        if (rule.name) out.push(occurrence(rule.uri, rule.name, true));
      for (const rollout of context.lookup.rollouts) {
        const name = rollout.canary?.istio?.destinationRule?.name;
        if (name?.value === target.name && namespaceIn(context, rollout) === target.namespace)
          out.push(occurrence(rollout.uri, name, false));
      }
      break;
    }
  }
  return dedupe(out);
}

/**
 * The Rollouts' `canarySubsetName` / `stableSubsetName` naming subset `name` of one of `rules`
 * (their `destinationRule.name` is one of those DestinationRules, in the Rollout's namespace).
 */
export function rolloutSubsetOccurrences(
  context: NavigationContext,
  name: string,
  rules: readonly DestinationRule[],
): Occurrence[] {
  const out: Occurrence[] = [];
  for (const rollout of context.lookup.rollouts) {
    const rule = rollout.canary?.istio?.destinationRule;
    if (!rule?.name) continue;
    const namespace = namespaceIn(context, rollout);
    const names = rules.some(
      (r) => r.name?.value === rule.name?.value && namespaceIn(context, r) === namespace,
    );
    if (!names) continue;
    for (const subset of [rule.canarySubsetName, rule.stableSubsetName])
      if (subset?.value === name) out.push(occurrence(rollout.uri, subset, false));
  }
  return out;
}

function rolloutsNaming(
  context: NavigationContext,
  key: string,
): { rollout: ArgoRollout; refs: { name: Located<string>; routes: readonly Located<string>[] }[] }[] {
  const out = [];
  for (const rollout of context.lookup.rolloutsByVirtualService.get(key) ?? []) {
    const namespace = namespaceIn(context, rollout);
    const refs = (rollout.canary?.istio?.virtualServices ?? []).flatMap((ref) =>
      ref.name && rolloutVirtualServiceKey(ref.name.value, namespace) === key
        ? [{ name: ref.name, routes: ref.routes }]
        : [],
    );
    out.push({ rollout, refs });
  }
  return out;
}

function destinationRulesNamed(
  context: NavigationContext,
  name: string,
  namespace: string,
): DestinationRule[] {
  return context.lookup.destinationRules.filter(
    (r) => isDestinationRule(r) && r.name?.value === name && namespaceIn(context, r) === namespace,
  );
}

function splitKey(key: string): [string, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash), key.slice(slash + 1)];
}

function occurrence(uri: string, located: Located<string>, declaration: boolean): Occurrence {
  const nameSpan = valueSpan(located);
  return { uri, span: located.span, ...(nameSpan ? { nameSpan } : {}), declaration };
}

/** `reviews` or `reviews.edge`: only the name part is the VirtualService's name. */
function vsRefOccurrence(uri: string, ref: Located<string>): Occurrence {
  const inner = valueSpan(ref);
  const length = rolloutVirtualServiceName(ref.value, '').name.length;
  return {
    uri,
    span: ref.span,
    ...(inner ? { nameSpan: { start: inner.start, end: inner.start + length } } : {}),
    declaration: false,
  };
}
