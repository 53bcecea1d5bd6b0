// The Gateway API CRDs' own validation rules (x-kubernetes-validations, CEL) that can be decided
// from the file alone. The API server refuses a resource that breaks one, so these are errors.
// GATEWAY_API_CEL_RULES names each rule by a fragment of its CEL text; a test checks that every
// fragment is still in the vendored CRDs, so a rule that upstream dropped fails the build.
import {
  isGatewayRoute,
  isKubeGateway,
  type GatewayRoute,
  type KubeGateway,
  type ParentRef,
} from '../../../model/resources';
import { GATEWAY_API_GROUP } from '../../../model/resources';
import type { Finding, Rule } from '../ruleTypes';
import { firstLine } from './crossFile';

export interface CelRuleRef {
  readonly crd: string;
  readonly fragment: string;
}

export const GATEWAY_API_CEL_RULES: Readonly<Record<string, CelRuleRef>> = {
  servicePort: {
    crd: 'httproutes.gateway.networking.k8s.io.yaml',
    fragment: "(size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true",
  },
  grpcServicePort: {
    crd: 'grpcroutes.gateway.networking.k8s.io.yaml',
    fragment: "(size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true",
  },
  sectionNameRequired: {
    crd: 'httproutes.gateway.networking.k8s.io.yaml',
    fragment:
      'sectionName must be specified when parentRefs includes 2 or more references to the same parent',
  },
  sectionNameUnique: {
    crd: 'httproutes.gateway.networking.k8s.io.yaml',
    fragment: 'sectionName must be unique when parentRefs includes 2 or more references to the same parent',
  },
  absolutePath: {
    crd: 'httproutes.gateway.networking.k8s.io.yaml',
    fragment: "(self.type in ['Exact','PathPrefix']) ? self.value.startsWith('/') : true",
  },
  listenerNameUnique: {
    crd: 'gateways.gateway.networking.k8s.io.yaml',
    fragment: 'self.all(l1, self.exists_one(l2, l1.name == l2.name))',
  },
  listenerHostnameTcp: {
    crd: 'gateways.gateway.networking.k8s.io.yaml',
    fragment: "l.protocol in ['TCP', 'UDP']  ? (!has(l.hostname) || l.hostname == '') : true",
  },
};

export const gatewayApiCel: Rule = {
  code: 'gateway-api-cel',
  defaultSeverity: 'error',
  perDocument: true,
  summary:
    "A Gateway API resource breaks one of its CRD's validation rules that the file decides (a Service backendRef without a port, two parentRefs to one parent without distinct sectionNames, a path match not starting with `/`, duplicate listener names, a hostname on a TCP or UDP listener): the API server refuses it.",
  check({ file }, report) {
    for (const resource of file.resources) {
      if (isGatewayRoute(resource)) checkRoute(resource, file.document.getText(), report);
      else if (isKubeGateway(resource)) checkGateway(resource, report);
    }
  },
};

function checkRoute(route: GatewayRoute, text: string, report: (f: Finding) => void): void {
  for (const rule of route.rules) {
    for (const ref of rule.backendRefs) {
      const serviceKind = (ref.group?.value ?? '') === '' && (ref.kind?.value ?? 'Service') === 'Service';
      if (serviceKind && !ref.port)
        report({
          span: ref.name?.span ?? ref.span,
          message: `A backendRef to a Service needs a \`port\` (the Service port to send to); the API server refuses this ${route.kind}.`,
        });
    }
    if (route.kind !== 'HTTPRoute') continue;
    for (const match of rule.matches) {
      const path = (match as { path?: unknown } | null)?.path as
        { type?: unknown; value?: unknown } | undefined;
      if (!path || typeof path !== 'object' || typeof path.value !== 'string') continue;
      const type = path.type ?? 'PathPrefix';
      if ((type === 'Exact' || type === 'PathPrefix') && !path.value.startsWith('/'))
        report({
          span: firstLine(rule.span, text),
          message: `Path \`${path.value}\` must start with \`/\` for an ${String(type)} match; the API server refuses this HTTPRoute.`,
        });
    }
  }
  const key = (ref: ParentRef) =>
    [
      ref.group?.value ?? GATEWAY_API_GROUP,
      ref.kind?.value ?? 'Gateway',
      ref.namespace?.value ?? '',
      ref.name?.value ?? '',
    ].join('\u0000');
  const seen = new Map<string, ParentRef[]>();
  for (const ref of route.parentRefs) {
    const list = seen.get(key(ref)) ?? [];
    list.push(ref);
    seen.set(key(ref), list);
  }
  for (const refs of seen.values()) {
    if (refs.length < 2) continue;
    const withSection = refs.filter((r) => r.sectionName && r.sectionName.value !== '');
    if (withSection.length > 0 && withSection.length < refs.length) {
      for (const r of refs.filter((x) => !withSection.includes(x)))
        report({
          span: r.name?.span ?? r.span,
          message:
            'This parent is referenced more than once, so every reference to it needs a `sectionName`; the API server refuses this route.',
        });
      continue;
    }
    const sections = new Map<string, ParentRef[]>();
    for (const r of refs)
      sections.set(r.sectionName?.value ?? '', [...(sections.get(r.sectionName?.value ?? '') ?? []), r]);
    for (const [section, list] of sections)
      for (const r of list.slice(1))
        report({
          span: r.sectionName?.span ?? r.name?.span ?? r.span,
          message: `This parent is already referenced${section ? ` with sectionName \`${section}\`` : ''}; each reference to one parent needs its own sectionName. The API server refuses this route.`,
        });
  }
}

function checkGateway(gateway: KubeGateway, report: (f: Finding) => void): void {
  const names = new Set<string>();
  for (const listener of gateway.listeners) {
    if (listener.name) {
      if (names.has(listener.name.value))
        report({
          span: listener.name.span,
          message: `Listener name \`${listener.name.value}\` is used twice in this Gateway; names must be unique. The API server refuses it.`,
        });
      names.add(listener.name.value);
    }
    if (
      listener.hostname &&
      listener.hostname.value !== '' &&
      (listener.protocol === 'TCP' || listener.protocol === 'UDP')
    )
      report({
        span: listener.hostname.span,
        message: `A ${listener.protocol} listener cannot have a hostname (there is no host to match on); the API server refuses this Gateway.`,
      });
  }
}
