// The question flow of "Istio Canary: New Canary", written against a small Prompter interface so
// it runs without VS Code in unit tests (a scripted prompter) and with quick picks in the editor.
// Suggests what the workspace knows (Services, workload labels, Gateways); returns the answers.

import {
  type CanaryAnswers,
  type HttpRouteAnswers,
  formatLabels,
  isDnsLabel,
  parseLabels,
  checkLabels,
  validateAnswers,
} from '../../../protocol/src/canaryAnswers';
import type { KubeGatewayFact } from '../../../protocol/src/newCanary';
import {
  type GatewayFact,
  type ServiceFact,
  type WorkloadFact,
  type WorkspaceFacts,
  distinguishingLabels,
  suggestSubsetName,
} from './workspaceFacts';

export interface PickItem<T> {
  label: string;
  description?: string;
  value: T;
}

export interface InputOptions {
  value?: string;
  prompt?: string;
  /** Returns a message when the text is not acceptable. */
  validate?: (text: string) => string | undefined;
}

/** Asks one question at a time; undefined means the user cancelled. */
export interface Prompter {
  pick<T>(title: string, items: PickItem<T>[]): Promise<T | undefined>;
  input(title: string, options: InputOptions): Promise<string | undefined>;
}

type Choice<T> = { kind: 'known'; value: T } | { kind: 'other' };

const HOST_TEXT = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function splitList(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

async function askLabels(
  prompter: Prompter,
  role: 'stable' | 'canary',
  candidates: WorkloadFact[],
  service: ServiceFact | undefined,
  fallbackVersion: string,
  versionTitle: string,
): Promise<{ labels: Record<string, string>; version: string; workload?: WorkloadFact } | undefined> {
  let labels: Record<string, string> | undefined;
  let workload: WorkloadFact | undefined;
  if (candidates.length > 0) {
    const choice = await prompter.pick<Choice<WorkloadFact>>(`Workload of the ${role} version`, [
      ...candidates.map((w) => ({
        label: w.name,
        description: `${w.kind}, pods ${formatLabels(distinguishingLabels(w.podLabels, service?.selector ?? {}))}`,
        value: { kind: 'known' as const, value: w },
      })),
      { label: 'Enter pod labels…', value: { kind: 'other' as const } },
    ]);
    if (!choice) return undefined;
    if (choice.kind === 'known') {
      workload = choice.value;
      labels = distinguishingLabels(choice.value.podLabels, service?.selector ?? {});
    }
  }
  if (!labels) {
    const text = await prompter.input(`Pod labels of the ${role} version`, {
      value: `version=${fallbackVersion}`,
      prompt: 'key=value pairs, separated by commas',
      validate: (t) => {
        const parsed = parseLabels(t);
        return parsed ? checkLabels(parsed) : 'Write labels as key=value, separated by commas.';
      },
    });
    if (text === undefined) return undefined;
    labels = parseLabels(text);
    if (!labels) return undefined;
  }
  const version = await prompter.input(versionTitle, {
    value: suggestSubsetName(labels, fallbackVersion),
    validate: (t) => (isDnsLabel(t) ? undefined : 'Use lower-case letters, digits and "-".'),
  });
  if (version === undefined) return undefined;
  return { labels, version, workload };
}

export type WizardResult =
  { ok: true; answers: CanaryAnswers } | { ok: false; problems: string[] } | undefined;

/** Runs the questions; undefined when the user cancels, problems when the answers do not fit. */
export async function runCanaryWizard(
  prompter: Prompter,
  facts: WorkspaceFacts,
  firstWeight: number,
): Promise<WizardResult> {
  // 0. VirtualService + DestinationRule, or a Gateway API HTTPRoute.
  const style = await prompter.pick<'VirtualService' | 'HTTPRoute'>('Route the canary with', [
    {
      label: 'VirtualService + DestinationRule',
      description: 'Istio API: one Service, a subset per version',
      value: 'VirtualService',
    },
    {
      label: 'HTTPRoute (Gateway API)',
      description: 'one Service per version, weighted backendRefs',
      value: 'HTTPRoute',
    },
  ]);
  if (!style) return undefined;
  const gatewayApi = style === 'HTTPRoute';

  // 1. The service.
  let service: ServiceFact | undefined;
  if (facts.services.length > 0) {
    const choice = await prompter.pick<Choice<ServiceFact>>('Service to release a canary of', [
      ...facts.services.map((s) => ({
        label: s.name,
        description: `namespace ${s.namespace}${s.ports.length ? `, port ${s.ports.join(', ')}` : ''}`,
        value: { kind: 'known' as const, value: s },
      })),
      { label: 'Enter a host…', value: { kind: 'other' as const } },
    ]);
    if (!choice) return undefined;
    if (choice.kind === 'known') service = choice.value;
  }
  const host =
    service?.name ??
    (await prompter.input('Service host', {
      prompt: 'The Service name (e.g. reviews) or its full host name',
      validate: (t) => (HOST_TEXT.test(t) ? undefined : 'A host is lower-case DNS names joined by dots.'),
    }));
  if (host === undefined) return undefined;

  const namespace = await prompter.input('Namespace', {
    value: service?.namespace ?? 'default',
    validate: (t) => (isDnsLabel(t) ? undefined : 'A namespace is a lower-case DNS label.'),
  });
  if (namespace === undefined) return undefined;

  let port: number | undefined;
  if (service && service.ports.length > 1) {
    port = await prompter.pick(
      'Service port to route',
      service.ports.map((p) => ({ label: String(p), value: p })),
    );
    if (port === undefined) return undefined;
  } else if (gatewayApi) {
    // A Service backendRef needs a port: the Service's only one, or ask.
    const only = service?.ports[0];
    if (only !== undefined) port = only;
    else {
      const text = await prompter.input('Service port', {
        value: '80',
        validate: (t) =>
          /^\d{1,5}$/.test(t) && Number(t) >= 1 && Number(t) <= 65535 ? undefined : 'A port from 1 to 65535.',
      });
      if (text === undefined) return undefined;
      port = Number(text);
    }
  }

  // 2. Stable and canary versions, from the Service's workloads when the workspace has them.
  const workloads = service ? service.workloads : facts.workloads.filter((w) => w.namespace === namespace);
  const short = host.split('.')[0] ?? host;
  const versionTitle = (role: string) =>
    gatewayApi
      ? `Version name of the ${role} version (its Service is ${short}-<name>)`
      : `Subset name of the ${role} version`;
  const stable = await askLabels(prompter, 'stable', workloads, service, 'v1', versionTitle('stable'));
  if (!stable) return undefined;
  const canary = await askLabels(
    prompter,
    'canary',
    workloads.filter((w) => w !== stable.workload),
    service,
    'v2',
    versionTitle('canary'),
  );
  if (!canary) return undefined;

  // 3. Where the route attaches (HTTPRoute), or an optional Istio Gateway.
  let httpRoute: HttpRouteAnswers | undefined;
  if (gatewayApi) {
    httpRoute = await askHttpRouteParent(prompter, facts.kubeGateways ?? [], short, service?.selector ?? {});
    if (!httpRoute) return undefined;
  }
  const gatewayChoice = gatewayApi ? { kind: 'none' as const } : await askGateway(prompter, facts.gateways);
  if (!gatewayChoice) return undefined;
  let gateway: CanaryAnswers['gateway'];
  let hosts: string[] | undefined;
  if (gatewayChoice.kind !== 'none') {
    let name: string;
    let gatewayHosts: string[];
    if (gatewayChoice.kind === 'existing') {
      const g = gatewayChoice.gateway;
      name = g.namespace === namespace ? g.name : `${g.namespace}/${g.name}`;
      gatewayHosts = g.hosts.length ? g.hosts : ['*'];
    } else {
      const typed = await prompter.input('Name of the new Gateway', {
        value: `${host.split('.')[0] ?? host}-gateway`,
        validate: (t) => (isDnsLabel(t) ? undefined : 'A Gateway name is a lower-case DNS label.'),
      });
      if (typed === undefined) return undefined;
      name = typed;
      gatewayHosts = ['*'];
    }
    const hostText = await prompter.input('Hosts the VirtualService answers for', {
      value: gatewayHosts.join(', '),
      prompt: 'External host names (or *), separated by commas',
    });
    if (hostText === undefined) return undefined;
    hosts = splitList(hostText);
    gateway = { name, create: gatewayChoice.kind === 'new', hosts };
  }

  // 4. The first canary weight.
  const weightText = await prompter.input('First canary weight (percent)', {
    value: String(firstWeight),
    validate: (t) => (/^\d{1,3}$/.test(t) && Number(t) <= 100 ? undefined : 'A whole number from 0 to 100.'),
  });
  if (weightText === undefined) return undefined;

  const answers: CanaryAnswers = {
    host,
    namespace,
    stableVersion: stable.version,
    canaryVersion: canary.version,
    stableLabels: stable.labels,
    canaryLabels: canary.labels,
    canaryWeight: Number(weightText),
    ...(port !== undefined ? { port } : {}),
    ...(gateway ? { gateway, hosts } : {}),
    ...(httpRoute ? { httpRoute } : {}),
  };
  const problems = validateAnswers(answers);
  return problems.length ? { ok: false, problems } : { ok: true, answers };
}

type GatewayChoice = { kind: 'none' } | { kind: 'existing'; gateway: GatewayFact } | { kind: 'new' };

function askGateway(prompter: Prompter, gateways: GatewayFact[]): Promise<GatewayChoice | undefined> {
  return prompter.pick<GatewayChoice>('Expose through a Gateway?', [
    { label: 'No gateway', description: 'traffic inside the mesh only', value: { kind: 'none' } },
    ...gateways.map((g) => ({
      label: g.name,
      description: `Gateway in ${g.namespace}, hosts ${g.hosts.join(', ')}`,
      value: { kind: 'existing' as const, gateway: g },
    })),
    { label: 'Create a new Gateway…', value: { kind: 'new' } },
  ]);
}

/** A hostname under a listener's: `*.example.com` suggests `<service>.example.com`. */
function suggestHostname(listenerHostname: string | undefined, short: string): string {
  if (!listenerHostname) return '';
  return listenerHostname.startsWith('*.') ? `${short}${listenerHostname.slice(1)}` : listenerHostname;
}

/**
 * Where an HTTPRoute attaches: the Service (mesh) or one of the workspace's Gateway API Gateways,
 * with a listener (sectionName) when it has several, and the route's hostnames.
 */
async function askHttpRouteParent(
  prompter: Prompter,
  gateways: KubeGatewayFact[],
  short: string,
  selector: Record<string, string>,
): Promise<HttpRouteAnswers | undefined> {
  type ParentChoice = { kind: 'Service' } | { kind: 'Gateway'; gateway: KubeGatewayFact };
  const choice = await prompter.pick<ParentChoice>('Attach the HTTPRoute to', [
    {
      label: `Service ${short} (mesh)`,
      description: 'east-west: calls to the Service inside the mesh are split',
      value: { kind: 'Service' },
    },
    ...gateways.map((g) => ({
      label: g.name,
      description: `Gateway API Gateway in ${g.namespace}, listeners ${g.listeners.map((l) => l.name).join(', ')}`,
      value: { kind: 'Gateway' as const, gateway: g },
    })),
  ]);
  if (!choice) return undefined;
  if (choice.kind === 'Service') return { parent: { kind: 'Service' }, hostnames: [], selector };
  const g = choice.gateway;
  let listener = g.listeners.length === 1 ? g.listeners[0] : undefined;
  if (g.listeners.length > 1) {
    listener = await prompter.pick(
      `Listener of ${g.name} (sectionName)`,
      g.listeners.map((l) => ({
        label: l.name,
        description: [l.protocol, l.port, l.hostname ?? 'any host'].filter((x) => x !== undefined).join(' '),
        value: l,
      })),
    );
    if (!listener) return undefined;
  }
  const hostText = await prompter.input('Hostnames of the HTTPRoute', {
    value: suggestHostname(listener?.hostname, short),
    prompt: `Host names, separated by commas (empty: every host the listener accepts${listener?.hostname ? `, ${listener.hostname}` : ''})`,
    validate: (t) =>
      splitList(t).every(
        (h) =>
          h !== '*' && /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(h),
      )
        ? undefined
        : 'Host names in lower case, optionally starting with "*.".',
  });
  if (hostText === undefined) return undefined;
  return {
    parent: {
      kind: 'Gateway',
      name: g.name,
      namespace: g.namespace,
      ...(g.listeners.length > 1 && listener ? { sectionName: listener.name } : {}),
    },
    hostnames: splitList(hostText),
    selector,
  };
}

/** A file name for the new manifests that is not taken yet. */
export function suggestFileName(host: string, taken: (name: string) => boolean): string {
  const base = `${host.split('.')[0] ?? 'service'}-canary`;
  if (!taken(`${base}.yaml`)) return `${base}.yaml`;
  for (let i = 2; i < 1000; i++) if (!taken(`${base}-${i}.yaml`)) return `${base}-${i}.yaml`;
  return `${base}-${Date.now()}.yaml`;
}

/**
 * A prompter that answers from a list, in order (picks by label, inputs by text; null
 * accepts an input's default), so tests can run the wizard without typing. A pick that matches
 * no item, or an input that fails validation, cancels.
 */
export function scriptedPrompter(answers: unknown[]): Prompter {
  let next = 0;
  const take = (): unknown => answers[next++];
  return {
    pick<T>(_title: string, items: PickItem<T>[]) {
      const wanted = take();
      return Promise.resolve(items.find((item) => item.label === wanted)?.value);
    },
    input(_title, options) {
      const wanted = take();
      const text = typeof wanted === 'string' ? wanted : options.value;
      if (text === undefined || options.validate?.(text)) return Promise.resolve(undefined);
      return Promise.resolve(text);
    },
  };
}
