// Shared helpers of the cross-file rules: the workspace lookup for the file being checked, the
// destinations and gateway references a file writes, and the "host not found" judgement that
// host-not-found and destination-rule-host-not-found share. Not a rule itself.
import type {
  Located,
  MirrorDestination,
  Resource,
  Route,
  RouteDestination,
  VirtualService,
} from '../../../model/resources';
import { isAppDeployment, isVirtualService } from '../../../model/resources';
import { namespaceOf } from '../../../model/namespaces';
import type { Span } from '../../../syntax/parseYaml';
import { isWildcardHost, normalizeHost, serviceOfHost, truncatedServiceHost } from '../../../istio/hosts';
import { fileSetOf, serviceNameIndex, type ServiceNameIndex } from '../../../workspace/lookupIndexes';
import {
  closedWorld,
  isKnownHost,
  unexpandedServiceHost,
  type WorkspaceLookup,
} from '../../../workspace/resolve';
import type { Finding, RuleContext } from '../ruleTypes';
import { routeOwner, type RouteOwner } from '../../../workspace/controllers';

/**
 * The controller (Argo Rollout, Flagger Canary) that steps the weights of a VirtualService
 * route, from the whole workspace; undefined for other resources and unowned routes.
 */
export function ownerOfRoute(
  context: RuleContext,
  resource: Resource,
  route: Pick<Route, 'protocol' | 'index'>,
): RouteOwner | undefined {
  return isVirtualService(resource) ? routeOwner(lookupOf(context), resource, route) : undefined;
}

/** The workspace lookup with this file's current parse in it (indexed or not). */
export function lookupOf({ file, workspace, settings, lookup }: RuleContext): WorkspaceLookup {
  return lookup ?? workspace.lookupWith(file.uri, file.resources, settings.defaultNamespace);
}

/**
 * An index derived from `lookup` (see workspace/lookupIndexes.ts), built once per workspace
 * state however many files and references ask for it.
 */
export function derivedIndex<T>(
  context: RuleContext,
  lookup: WorkspaceLookup,
  build: (lookup: WorkspaceLookup) => T,
): T {
  return context.workspace.derived.get(lookup, build);
}

/** The Service and ServiceEntry names judgeUnknownHost suggests from, for this lookup. */
export function serviceNamesOf(context: RuleContext, lookup: WorkspaceLookup): ServiceNameIndex {
  return derivedIndex(context, lookup, serviceNameIndex);
}

export interface DestinationRef {
  readonly resource: VirtualService;
  readonly namespace: string;
  readonly route: Route;
  readonly destination: RouteDestination | MirrorDestination;
  readonly host: Located<string>;
  /** Whether this is a mirror target (`mirror`, `mirrors[]`) rather than a route destination. */
  readonly mirror: boolean;
  /** How messages name the host: `Destination host` or `Mirror host`. */
  readonly subject: string;
}

/**
 * Every destination with a host of every VirtualService in the resources: the route
 * destinations, then the mirror targets, which Istio resolves the same way (istioctl checks
 * both: IST0101 "host" and "mirror host").
 */
export function destinationsIn(resources: readonly Resource[], defaultNamespace: string): DestinationRef[] {
  const out: DestinationRef[] = [];
  for (const resource of resources) {
    if (!isVirtualService(resource)) continue;
    const namespace = namespaceOf(resource, defaultNamespace);
    for (const route of resource.routes) {
      const add = (destination: RouteDestination | MirrorDestination, mirror: boolean) => {
        if (destination.host)
          out.push({
            resource,
            namespace,
            route,
            destination,
            host: destination.host,
            mirror,
            subject: mirror ? 'Mirror host' : 'Destination host',
          });
      };
      for (const destination of route.destinations) add(destination, false);
      for (const destination of route.mirrors) add(destination, true);
    }
  }
  return out;
}

export interface GatewayRefSite {
  readonly resource: Resource;
  readonly namespace: string;
  readonly ref: Located<string>;
  /** Whether the reference is the resource's own `gateways` list (not a route match's). */
  readonly topLevel: boolean;
}

/** The gateway references of VirtualServices (spec and route matches) and AppDeployments. */
export function gatewayRefsIn(resources: readonly Resource[], defaultNamespace: string): GatewayRefSite[] {
  const out: GatewayRefSite[] = [];
  for (const resource of resources) {
    const namespace = namespaceOf(resource, defaultNamespace);
    if (isVirtualService(resource)) {
      for (const ref of resource.gateways) out.push({ resource, namespace, ref, topLevel: true });
      for (const route of resource.routes)
        for (const ref of route.matchGateways) out.push({ resource, namespace, ref, topLevel: false });
    } else if (isAppDeployment(resource)) {
      for (const ref of resource.gateways) out.push({ resource, namespace, ref, topLevel: true });
    }
  }
  return out;
}

export interface UnknownHost {
  /** A Service or ServiceEntry host close to the written one exists: most likely a typo. */
  readonly likelyTypo: boolean;
  /**
   * The host is known to exist nowhere: the files are laid over a cluster snapshot that read
   * Services and ServiceEntries there, or the workspace is declared complete.
   */
  readonly certain: boolean;
  /** The short host names a Service of another namespace: the subset check still applies. */
  readonly otherNamespace?: boolean;
  readonly finding: Finding;
}

/**
 * Judges a host that no Service or ServiceEntry of the workspace defines; undefined when one
 * does, when the host is a wildcard (it names no single service), and when the workspace has
 * no Service or ServiceEntry at all (it evidently keeps them in another repository). When the workspace defines a
 * Service (or ServiceEntry host) of a close name in the host's namespace, the host is most
 * likely a typo and the finding suggests the fix; otherwise the service may simply live in
 * another repository.
 */
export function judgeUnknownHost(
  lookup: WorkspaceLookup,
  host: Located<string>,
  fromNamespace: string,
  subject: string,
  names: ServiceNameIndex = serviceNameIndex(lookup),
  fromUri?: string,
): UnknownHost | undefined {
  const written = host.value.trim();
  const service = serviceOfHost(written, fromNamespace);
  // Closed only when both kinds were read where the host would be (ServiceEntries of any
  // namespace can define a host outside the cluster domain).
  const closedServices = closedWorld(lookup, '/Service', service?.namespace);
  const closedEntries = closedWorld(lookup, 'networking.istio.io/ServiceEntry', undefined);
  const closed = closedServices && closedEntries ? closedEntries : undefined;
  // A workspace without any Service or ServiceEntry keeps its services elsewhere entirely.
  if (!closed && lookup.services.length === 0 && lookup.serviceEntries.length === 0) return undefined;
  if (written === '' || isWildcardHost(written) || isKnownHost(lookup, written, fromNamespace))
    return undefined;
  // A Service name cut short (`reviews.prod`) whose Service exists is unexpanded-host's finding.
  if (unexpandedServiceHost(lookup, written, fromNamespace)) return undefined;
  let replacement: string | undefined;
  if (service) {
    const near = names.namesInNamespace(service.namespace).of(service.name);
    if (near && near !== service.name) {
      const dot = written.indexOf('.');
      replacement = dot === -1 ? near : near + written.slice(dot);
    }
  }
  if (!replacement && !written.includes('.')) {
    // A short name expands to the caller's namespace only; the same Service name in another
    // namespace is the likely intent, and only its fully qualified name reaches it.
    // Only a Service kept beside the reference (the same file set) makes that intent likely enough
    // for a warning: a workspace of several projects has the same short names in many namespaces.
    const fqdnIn = (ns: string) => `${written}.${ns}.svc.cluster.local`;
    const fileSet = fromUri === undefined ? undefined : fileSetOf(fromUri);
    const others = names
      .servicesNamed(written)
      .filter(({ namespace }) => namespace !== fromNamespace)
      .map(({ namespace, services }) => ({ ns: namespace, services }));
    const namespaces = others
      .filter(({ services }) => fileSet === undefined || services.some((s) => fileSetOf(s.uri) === fileSet))
      .map(({ ns }) => ns)
      .sort();
    if (namespaces.length === 0 && others.length > 0) {
      const elsewhere = others.map(({ ns }) => fqdnIn(ns)).sort();
      return {
        likelyTypo: false,
        certain: closed !== undefined,
        otherNamespace: true,
        finding: {
          span: host.span,
          message: `${subject} \`${written}\` (\`${fqdnIn(fromNamespace)}\`) is not defined in this workspace. Fine if it lives in another repository; if you meant the Service of another folder, write ${listCode(elsewhere)}.`,
        },
      };
    }
    if (namespaces.length > 0) {
      const fqdns = namespaces.map(fqdnIn);
      return {
        likelyTypo: true,
        certain: closed !== undefined,
        otherNamespace: true,
        finding: {
          span: host.span,
          message: `\`${written}\` means \`${fqdnIn(fromNamespace)}\` here (a short host takes the resource's namespace), and no Service defines it; Service \`${written}\` is in namespace${namespaces.length > 1 ? 's' : ''} ${listCode(namespaces).replace(/`/g, '')}: did you mean ${listCode(fqdns)}?`,
          ...(fqdns.length === 1 || closed
            ? {
                data: {
                  ...(fqdns.length === 1 ? { replacement: fqdns[0] } : {}),
                  ...(closed ? { source: closed.source } : {}),
                },
              }
            : {}),
        },
      };
    }
  }
  if (!replacement) {
    const near = names.entryHosts.of(normalizeHost(written));
    if (near && normalizeHost(near) !== normalizeHost(written)) replacement = near;
  }
  if (replacement) {
    return {
      likelyTypo: true,
      certain: closed !== undefined,
      finding: {
        span: host.span,
        message: `No Service or ServiceEntry defines host \`${written}\`${service ? ` (namespace ${service.namespace})` : ''}${closed ? ` ${closed.where}` : ''}; did you mean \`${replacement}\`?`,
        data: { replacement, ...(closed ? { source: closed.source } : {}) },
      },
    };
  }
  if (closed) {
    return {
      likelyTypo: false,
      certain: true,
      finding: {
        span: host.span,
        message: `${subject} \`${written}\` is not defined: no Service or ServiceEntry has it${service ? ` in namespace ${service.namespace}` : ''} ${closed.where}. Fix the host or add ${service ? `a Service \`${service.name}\`` : 'a ServiceEntry'}.`,
        data: { source: closed.source },
      },
    };
  }
  const where = service
    ? `a Service \`${service.name}\` in namespace ${service.namespace}`
    : 'a ServiceEntry';
  return {
    likelyTypo: false,
    certain: false,
    finding: {
      span: host.span,
      message: `${subject} \`${written}\` is not defined in this workspace: no Service or ServiceEntry has it. Fine if it lives in another repository; otherwise add ${where}.${cutShortHint(lookup, written)}`,
    },
  };
}

/**
 * For a dotted host shaped like a Service name cut short, a reminder that Istio takes it as
 * written; only where the shape is evidence (a `svc` label, or a namespace the workspace has), so
 * no namespace is read out of a domain such as `httpbin.org`.
 */
function cutShortHint(lookup: WorkspaceLookup, written: string): string {
  const cut = truncatedServiceHost(written);
  if (!cut) return '';
  const evidence =
    normalizeHost(written) !== `${cut.name}.${cut.namespace}` ||
    lookup.servicesByNamespace.has(cut.namespace);
  return evidence
    ? ` Istio takes a dotted host as written: a Service \`${cut.name}\` of namespace ${cut.namespace} is \`${cut.fqdn}\`.`
    : '';
}

// The file set a file is applied with (its folder); defined next to the indexes that group by it.
export { fileSetOf };

/** The first line of a span, without a trailing carriage return. */
export function firstLine(span: Span, text: string): Span {
  const newline = text.indexOf('\n', span.start);
  const end = newline === -1 || newline > span.end ? span.end : newline;
  return { start: span.start, end: text.charAt(end - 1) === '\r' ? end - 1 : end };
}

/** Lists values for a message: `a`, `b` and `c`. */
export function listCode(values: readonly string[]): string {
  const quoted = values.map((v) => `\`${v}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
