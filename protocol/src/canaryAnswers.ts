// The New Canary wizard's answers and their checks, shared by the client (which asks the
// questions and validates each input) and the server (which validates the whole and writes the
// manifests, features/newCanary/). Pure.

export interface CanaryAnswers {
  /** The Service's short name (e.g. `reviews`) or a full host name. */
  host: string;
  namespace: string;
  stableVersion: string;
  canaryVersion: string;
  stableLabels: Record<string, string>;
  canaryLabels: Record<string, string>;
  /** Service port to route to; omitted when the Service has a single port. */
  port?: number;
  /** Bind to a Gateway (`name` or `namespace/name`); `create` writes a Gateway too. */
  gateway?: { name: string; create: boolean; hosts: string[] };
  /** Hosts of the VirtualService; defaults to the service host (or the gateway's hosts). */
  hosts?: string[];
  /** The canary's first weight, 0 to 100. */
  canaryWeight: number;
  /**
   * Write a Gateway API HTTPRoute instead of a VirtualService and DestinationRule: one Service
   * per version (`<name>-<version>`, written unless the workspace has it) as the two backendRefs.
   */
  httpRoute?: HttpRouteAnswers;
}

export interface HttpRouteAnswers {
  /**
   * Where the route attaches: the Service itself (mesh, east-west), or a Gateway API Gateway
   * (north-south), with the listener's name when the Gateway has several.
   */
  parent: { kind: 'Service' } | { kind: 'Gateway'; name: string; namespace: string; sectionName?: string };
  /** The route's hostnames (Gateway parents only; empty: every host the listener accepts). */
  hostnames: string[];
  /** The labels both versions share (the Service's selector), added to each version's Service. */
  selector: Record<string, string>;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const HOST =
  /^(\*|(\*\.)?[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?(\.[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?)*)$/;

export function isDnsLabel(value: string): boolean {
  return value.length <= 63 && DNS_LABEL.test(value);
}

/** Why a label set cannot be used as a subset selector, or undefined when it can. */
export function checkLabels(labels: Record<string, string>): string | undefined {
  const entries = Object.entries(labels);
  if (entries.length === 0) return 'A subset needs at least one pod label.';
  for (const [key, value] of entries) {
    if (!LABEL_KEY.test(key)) return `"${key}" is not a valid label key.`;
    if (value.length > 63 || !LABEL_VALUE.test(value)) return `"${value}" is not a valid label value.`;
  }
  return undefined;
}

/** Parses `app=v1, version: v1` style text into labels; undefined when malformed. */
export function parseLabels(text: string): Record<string, string> | undefined {
  const labels: Record<string, string> = {};
  for (const part of text
    .replace(/\s*([=:])\s*/g, '$1')
    .split(/[,\s]+/)
    .filter(Boolean)) {
    const match = /^([^=:]+)[=:](.*)$/.exec(part);
    if (!match || !match[1]) return undefined;
    labels[match[1].trim()] = (match[2] ?? '').trim();
  }
  return Object.keys(labels).length > 0 ? labels : undefined;
}

export function formatLabels(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

/** Every problem with the answers, in sentences; empty when the manifests can be written. */
export function validateAnswers(answers: CanaryAnswers): string[] {
  const problems: string[] = [];
  if (!HOST.test(answers.host) || answers.host === '*') {
    problems.push(`"${answers.host}" is not a valid service host.`);
  }
  if (!isDnsLabel(answers.namespace)) problems.push(`"${answers.namespace}" is not a valid namespace.`);
  for (const version of [answers.stableVersion, answers.canaryVersion]) {
    if (!isDnsLabel(version)) {
      problems.push(`"${version}" is not a valid subset name (lower case, digits and "-").`);
    }
  }
  if (answers.stableVersion === answers.canaryVersion) {
    problems.push('The stable and canary versions must differ.');
  }
  const stableProblem = checkLabels(answers.stableLabels);
  if (stableProblem) problems.push(`Stable labels: ${stableProblem}`);
  const canaryProblem = checkLabels(answers.canaryLabels);
  if (canaryProblem) problems.push(`Canary labels: ${canaryProblem}`);
  if (
    !stableProblem &&
    !canaryProblem &&
    formatLabels(answers.stableLabels) === formatLabels(answers.canaryLabels)
  ) {
    problems.push('The stable and canary labels must select different pods.');
  }
  if (!Number.isInteger(answers.canaryWeight) || answers.canaryWeight < 0 || answers.canaryWeight > 100) {
    problems.push('The canary weight must be a whole number from 0 to 100.');
  }
  if (
    answers.port !== undefined &&
    (!Number.isInteger(answers.port) || answers.port < 1 || answers.port > 65535)
  ) {
    problems.push(`${answers.port} is not a valid port.`);
  }
  if (answers.gateway) {
    const name = answers.gateway.name.split('/').pop() ?? '';
    if (!DNS_SUBDOMAIN.test(name)) problems.push(`"${answers.gateway.name}" is not a valid Gateway name.`);
    if (answers.gateway.create && answers.gateway.hosts.length === 0) {
      problems.push('A new Gateway needs hosts.');
    }
  }
  for (const host of answers.hosts ?? []) {
    if (!HOST.test(host)) problems.push(`"${host}" is not a valid host.`);
  }
  if (answers.httpRoute) {
    const { parent, hostnames, selector } = answers.httpRoute;
    if (answers.gateway)
      problems.push('An HTTPRoute attaches to a Gateway API Gateway, not an Istio Gateway.');
    if (parent.kind === 'Gateway') {
      if (!DNS_SUBDOMAIN.test(parent.name)) problems.push(`"${parent.name}" is not a valid Gateway name.`);
      if (!isDnsLabel(parent.namespace)) problems.push(`"${parent.namespace}" is not a valid namespace.`);
      if (parent.sectionName !== undefined && !DNS_SUBDOMAIN.test(parent.sectionName))
        problems.push(`"${parent.sectionName}" is not a valid listener name.`);
    } else if (hostnames.length > 0) {
      problems.push('A route attached to a Service takes its host from the Service: it has no hostnames.');
    }
    for (const h of hostnames) {
      if (!HOST.test(h) || h === '*') problems.push(`"${h}" is not a valid route hostname.`);
    }
    if (Object.keys(selector).length > 0) {
      const problem = checkLabels(selector);
      if (problem) problems.push(`Service selector: ${problem}`);
    }
  }
  return problems;
}
