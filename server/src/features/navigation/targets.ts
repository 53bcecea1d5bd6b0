// What the cursor is on, for navigation: a subset (a DestinationRule's subset name or a route
// destination's `subset`), a gateway (a Gateway's name or a VirtualService's gateway reference)
// or a destination host. Each target knows every place in the workspace that names it.
import type { Span } from '../../syntax/parseYaml';
import {
  isArgoRollout,
  isDestinationRule,
  isGateway,
  isGatewayRoute,
  isKubeGateway,
  isVirtualService,
  type DestinationRule,
  type GatewayRoute,
  type Located,
  type VirtualService,
} from '../../model/resources';
import { sameHost } from '../../istio/hosts';
import { isGatewayParent, isServiceParent, isServiceRef } from '../gatewayApi/references';
import {
  destinationRulesForHost,
  findSubset,
  parseGatewayRef,
  servicesForHost,
} from '../../workspace/resolve';
import { contains, dedupe, namespaceIn, valueSpan, type NavigationContext } from './context';
import {
  controllerOccurrences,
  rolloutSubsetOccurrences,
  targetInDestinationRuleName,
  targetInRollout,
  targetInVirtualServiceNames,
  type ControllerTarget,
} from './controllerTargets';

export type NavigationTarget =
  | SubsetTarget
  | GatewayTarget
  | HostTarget
  | KubeGatewayTarget
  | ListenerTarget
  | ControllerTarget
  | DelegateTarget;

/** A delegate VirtualService: its name (when it has no hosts), or an http route's `delegate.name`. */
export interface DelegateTarget {
  readonly kind: 'delegate';
  readonly name: string;
  readonly namespace: string;
  readonly at: Occurrence;
}

/** A Gateway API Gateway: its name, or a route's parentRef to it. */
export interface KubeGatewayTarget {
  readonly kind: 'k8s-gateway';
  readonly name: string;
  readonly namespace: string;
  readonly at: Occurrence;
}

/** A listener of a Gateway API Gateway: its name, or a parentRef's `sectionName`. */
export interface ListenerTarget {
  readonly kind: 'listener';
  readonly name: string;
  readonly gateway: string;
  readonly namespace: string;
  readonly at: Occurrence;
}

export interface SubsetTarget {
  readonly kind: 'subset';
  readonly name: string;
  /** The DestinationRules (every version) defining the subset; empty for a dangling reference. */
  readonly rules: readonly DestinationRule[];
  /** The host as written where the cursor is, read in `namespace` (used when no rule defines it). */
  readonly host?: string;
  readonly namespace: string;
  readonly at: Occurrence;
}

export interface GatewayTarget {
  readonly kind: 'gateway';
  readonly name: string;
  readonly namespace: string;
  readonly at: Occurrence;
}

export interface HostTarget {
  readonly kind: 'host';
  readonly host: string;
  readonly namespace: string;
  readonly at: Occurrence;
}

/** One place that names a target. */
export interface Occurrence {
  readonly uri: string;
  /** The whole scalar (quotes included). */
  readonly span: Span;
  /** Exactly the characters of the name, when they can be replaced in place. */
  readonly nameSpan?: Span;
  readonly declaration: boolean;
}

export function targetAt(context: NavigationContext, offset: number): NavigationTarget | undefined {
  for (const resource of context.file.resources) {
    if (offset < resource.span.start || offset > resource.span.end) continue;
    if (isVirtualService(resource))
      return (
        targetInVirtualService(context, resource, offset) ??
        targetInVirtualServiceNames(context, resource, offset)
      );
    if (isArgoRollout(resource)) return targetInRollout(context, resource, offset);
    if (isDestinationRule(resource)) {
      const subset = resource.subsets.find((s) => contains(s.name.span, offset));
      if (!subset) return targetInDestinationRuleName(context, resource, offset);
      const namespace = namespaceIn(context, resource);
      const name = subset.name.value;
      const rules = resource.host
        ? findSubset(context.lookup, resource.host.value, name, namespace).map((d) => d.rule)
        : [];
      return {
        kind: 'subset',
        name,
        rules: rules.includes(resource) ? rules : [resource, ...rules],
        ...(resource.host ? { host: resource.host.value } : {}),
        namespace,
        at: nameOccurrence(resource.uri, subset.name, true),
      };
    }
    if (isGatewayRoute(resource)) return targetInGatewayRoute(context, resource, offset);
    if (isKubeGateway(resource) && resource.name) {
      const namespace = namespaceIn(context, resource);
      if (contains(resource.name.span, offset))
        return {
          kind: 'k8s-gateway',
          name: resource.name.value,
          namespace,
          at: nameOccurrence(resource.uri, resource.name, true),
        };
      const listener = resource.listeners.find((l) => l.name && contains(l.name.span, offset));
      if (listener?.name)
        return {
          kind: 'listener',
          name: listener.name.value,
          gateway: resource.name.value,
          namespace,
          at: nameOccurrence(resource.uri, listener.name, true),
        };
    }
    if (isGateway(resource) && resource.name && contains(resource.name.span, offset)) {
      return {
        kind: 'gateway',
        name: resource.name.value,
        namespace: namespaceIn(context, resource),
        at: nameOccurrence(resource.uri, resource.name, true),
      };
    }
  }
  return undefined;
}

function targetInVirtualService(
  context: NavigationContext,
  vs: VirtualService,
  offset: number,
): NavigationTarget | undefined {
  const namespace = namespaceIn(context, vs);
  if (vs.hosts.length === 0 && vs.name && contains(vs.name.span, offset))
    return { kind: 'delegate', name: vs.name.value, namespace, at: nameOccurrence(vs.uri, vs.name, true) };
  for (const route of vs.routes) {
    const name = route.delegate?.name;
    if (name && contains(name.span, offset))
      return {
        kind: 'delegate',
        name: name.value,
        namespace: route.delegate.namespace?.value || namespace,
        at: nameOccurrence(vs.uri, name, false),
      };
  }
  for (const ref of gatewayRefs(vs)) {
    if (!contains(ref.span, offset)) continue;
    const parsed = parseGatewayRef(ref.value, namespace);
    if (parsed.kind === 'mesh') return undefined;
    return {
      kind: 'gateway',
      name: parsed.name,
      namespace: parsed.namespace,
      at: gatewayRefOccurrence(vs.uri, ref, namespace)!,
    };
  }
  for (const route of vs.routes) {
    for (const destination of [...route.destinations, ...route.mirrors]) {
      const { subset, host } = destination;
      if (subset && contains(subset.span, offset)) {
        const rules = host
          ? findSubset(context.lookup, host.value, subset.value, namespace).map((d) => d.rule)
          : [];
        return {
          kind: 'subset',
          name: subset.value,
          rules: [...new Set(rules)],
          ...(host ? { host: host.value } : {}),
          namespace,
          at: nameOccurrence(vs.uri, subset, false),
        };
      }
      if (host && contains(host.span, offset)) {
        return { kind: 'host', host: host.value, namespace, at: nameOccurrence(vs.uri, host, false) };
      }
    }
  }
  return undefined;
}

/**
 * In an HTTPRoute or GRPCRoute: a parentRef's Gateway name or sectionName, or a Service named by a
 * backendRef or a mesh parentRef (a host target, so it resolves like a destination host).
 */
function targetInGatewayRoute(
  context: NavigationContext,
  route: GatewayRoute,
  offset: number,
): NavigationTarget | undefined {
  const routeNamespace = namespaceIn(context, route);
  for (const ref of route.parentRefs) {
    const namespace = ref.namespace?.value ?? routeNamespace;
    if (ref.name && contains(ref.name.span, offset)) {
      if (isGatewayParent(ref))
        return {
          kind: 'k8s-gateway',
          name: ref.name.value,
          namespace,
          at: nameOccurrence(route.uri, ref.name, false),
        };
      if (isServiceParent(ref))
        return {
          kind: 'host',
          host: ref.name.value,
          namespace,
          at: nameOccurrence(route.uri, ref.name, false),
        };
    }
    if (ref.sectionName && ref.name && isGatewayParent(ref) && contains(ref.sectionName.span, offset))
      return {
        kind: 'listener',
        name: ref.sectionName.value,
        gateway: ref.name.value,
        namespace,
        at: nameOccurrence(route.uri, ref.sectionName, false),
      };
  }
  for (const rule of route.rules)
    for (const ref of rule.backendRefs)
      if (ref.name && isServiceRef(ref) && contains(ref.name.span, offset))
        return {
          kind: 'host',
          host: ref.name.value,
          namespace: ref.namespace?.value ?? routeNamespace,
          at: nameOccurrence(route.uri, ref.name, false),
        };
  return undefined;
}

/** Every place naming the target, declarations first, in workspace order. */
export function occurrencesOf(context: NavigationContext, target: NavigationTarget): Occurrence[] {
  switch (target.kind) {
    case 'subset':
      return subsetOccurrences(context, target);
    case 'gateway':
      return gatewayOccurrences(context, target);
    case 'host':
      return hostDefinitions(context, target);
    case 'k8s-gateway':
      return kubeGatewayOccurrences(context, target);
    case 'listener':
      return listenerOccurrences(context, target);
    case 'virtual-service':
      // A VirtualService a Rollout names may also be another one's delegate: both kinds of
      // reference follow it.
      return dedupe([...controllerOccurrences(context, target), ...delegateOccurrences(context, target)]);
    case 'route':
    case 'destination-rule':
      return controllerOccurrences(context, target);
    case 'delegate':
      return dedupe([
        ...delegateOccurrences(context, target),
        ...controllerOccurrences(context, { ...target, kind: 'virtual-service' }),
      ]);
  }
}

/** The delegate VirtualService (every version without hosts) and every route delegating to it. */
function delegateOccurrences(
  context: NavigationContext,
  target: Pick<DelegateTarget, 'name' | 'namespace'>,
): Occurrence[] {
  const out: Occurrence[] = [];
  const references: Occurrence[] = [];
  for (const vs of context.lookup.virtualServices) {
    const namespace = namespaceIn(context, vs);
    if (vs.hosts.length === 0 && vs.name?.value === target.name && namespace === target.namespace)
      out.push(nameOccurrence(vs.uri, vs.name, true));
    for (const route of vs.routes) {
      const delegate = route.delegate;
      if (
        delegate?.name?.value === target.name &&
        (delegate.namespace?.value || namespace) === target.namespace
      )
        references.push(nameOccurrence(vs.uri, delegate.name, false));
    }
  }
  return dedupe([...out, ...references]);
}

function kubeGatewayOccurrences(context: NavigationContext, target: KubeGatewayTarget): Occurrence[] {
  const out: Occurrence[] = [];
  for (const gateway of context.lookup.kubeGatewaysByRef.get(`${target.namespace}/${target.name}`) ?? [])
    if (gateway.name) out.push(nameOccurrence(gateway.uri, gateway.name, true));
  for (const route of context.lookup.gatewayRoutes) {
    const routeNamespace = namespaceIn(context, route);
    for (const ref of route.parentRefs)
      if (
        ref.name &&
        isGatewayParent(ref) &&
        ref.name.value === target.name &&
        (ref.namespace?.value ?? routeNamespace) === target.namespace
      )
        out.push(nameOccurrence(route.uri, ref.name, false));
  }
  return dedupe(out);
}

function listenerOccurrences(context: NavigationContext, target: ListenerTarget): Occurrence[] {
  const out: Occurrence[] = [];
  for (const gateway of context.lookup.kubeGatewaysByRef.get(`${target.namespace}/${target.gateway}`) ?? [])
    for (const listener of gateway.listeners)
      if (listener.name?.value === target.name) out.push(nameOccurrence(gateway.uri, listener.name, true));
  for (const route of context.lookup.gatewayRoutes) {
    const routeNamespace = namespaceIn(context, route);
    for (const ref of route.parentRefs)
      if (
        ref.sectionName?.value === target.name &&
        ref.name?.value === target.gateway &&
        isGatewayParent(ref) &&
        (ref.namespace?.value ?? routeNamespace) === target.namespace
      )
        out.push(nameOccurrence(route.uri, ref.sectionName, false));
  }
  return dedupe(out);
}

function subsetOccurrences(context: NavigationContext, target: SubsetTarget): Occurrence[] {
  const out: Occurrence[] = [];
  const rules = new Set(target.rules);
  for (const rule of target.rules) {
    for (const subset of rule.subsets) {
      if (subset.name.value === target.name) out.push(nameOccurrence(rule.uri, subset.name, true));
    }
  }
  for (const vs of context.lookup.virtualServices) {
    const namespace = namespaceIn(context, vs);
    for (const route of vs.routes) {
      for (const { host, subset } of [...route.destinations, ...route.mirrors]) {
        if (!host || !subset || subset.value !== target.name) continue;
        const refers =
          rules.size > 0
            ? destinationRulesForHost(context.lookup, host.value, namespace).some((r) => rules.has(r))
            : target.host !== undefined && sameHost(host.value, namespace, target.host, target.namespace);
        if (refers) out.push(nameOccurrence(vs.uri, subset, false));
      }
    }
  }
  // Argo Rollouts' canarySubsetName / stableSubsetName name subsets of their DestinationRule.
  out.push(...rolloutSubsetOccurrences(context, target.name, target.rules));
  return dedupe(out);
}

function gatewayOccurrences(context: NavigationContext, target: GatewayTarget): Occurrence[] {
  const out: Occurrence[] = [];
  for (const gateway of context.lookup.gatewaysByRef.get(`${target.namespace}/${target.name}`) ?? []) {
    if (gateway.name) out.push(nameOccurrence(gateway.uri, gateway.name, true));
  }
  for (const vs of context.lookup.virtualServices) {
    const namespace = namespaceIn(context, vs);
    for (const ref of gatewayRefs(vs)) {
      const parsed = parseGatewayRef(ref.value, namespace);
      if (parsed.kind !== 'gateway' || parsed.name !== target.name || parsed.namespace !== target.namespace)
        continue;
      out.push(gatewayRefOccurrence(vs.uri, ref, namespace)!);
    }
  }
  return dedupe(out);
}

/** Where a destination host is defined: Kubernetes Services (their name) and ServiceEntries (the host). */
function hostDefinitions(context: NavigationContext, target: HostTarget): Occurrence[] {
  const found = servicesForHost(context.lookup, target.host, target.namespace);
  const out: Occurrence[] = [];
  for (const service of found.services)
    if (service.name) out.push(nameOccurrence(service.uri, service.name, true));
  for (const entry of found.serviceEntries) {
    const host = entry.hosts.find((h) =>
      sameHost(h.value, namespaceIn(context, entry), target.host, target.namespace),
    );
    const named = host ?? entry.name;
    if (named) out.push(nameOccurrence(entry.uri, named, true));
  }
  return dedupe(out);
}

/** A VirtualService's gateway references: `spec.gateways` and every `match[].gateways`. */
export function gatewayRefs(vs: VirtualService): Located<string>[] {
  return [...vs.gateways, ...vs.routes.flatMap((r) => r.matchGateways)];
}

function nameOccurrence(uri: string, located: Located<string>, declaration: boolean): Occurrence {
  const nameSpan = valueSpan(located);
  return { uri, span: located.span, ...(nameSpan ? { nameSpan } : {}), declaration };
}

/** A gateway reference; its name span covers only the name in `namespace/name` or the FQDN form. */
function gatewayRefOccurrence(
  uri: string,
  ref: Located<string>,
  fromNamespace: string,
): Occurrence | undefined {
  const parsed = parseGatewayRef(ref.value, fromNamespace);
  if (parsed.kind === 'mesh') return undefined;
  const inner = valueSpan(ref);
  const at = parsed.deprecatedForm ? 0 : ref.value.indexOf('/') + 1;
  const nameSpan =
    inner && ref.value.slice(at, at + parsed.name.length) === parsed.name
      ? { start: inner.start + at, end: inner.start + at + parsed.name.length }
      : undefined;
  return { uri, span: ref.span, ...(nameSpan ? { nameSpan } : {}), declaration: false };
}
