// What the new-canary wizard can suggest from the workspace's YAML: Services (with their
// selectors and ports), workloads (with their pod labels) and Gateways, and pure helpers over
// them. Reading the facts out of YAML is in collectFacts.ts, loaded only when the wizard runs
// (the `yaml` package is a noticeable part of the extension's load time).

export interface ServiceFact {
  name: string;
  namespace: string;
  selector: Record<string, string>;
  ports: number[];
}

export interface WorkloadFact {
  kind: string;
  name: string;
  namespace: string;
  /** The labels of the pods the workload creates (its pod template's labels). */
  podLabels: Record<string, string>;
}

export interface GatewayFact {
  name: string;
  namespace: string;
  hosts: string[];
}

export interface WorkspaceFacts {
  services: ServiceFact[];
  workloads: WorkloadFact[];
  gateways: GatewayFact[];
}

/** Whether a workload's pods carry every label of the selector (and so belong to the Service). */
export function selects(selector: Record<string, string>, labels: Record<string, string>): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([k, v]) => labels[k] === v);
}

/** The workloads behind a Service: same namespace, pods selected by its selector. */
export function workloadsOf(service: ServiceFact, workloads: readonly WorkloadFact[]): WorkloadFact[] {
  return workloads.filter((w) => w.namespace === service.namespace && selects(service.selector, w.podLabels));
}

/**
 * The labels that tell one workload's pods from the Service's other pods: its pod labels minus
 * the Service selector's. Falls back to all pod labels when nothing is left.
 */
export function distinguishingLabels(
  podLabels: Record<string, string>,
  selector: Record<string, string>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [k, v] of Object.entries(podLabels)) if (selector[k] !== v) result[k] = v;
  return Object.keys(result).length > 0 ? result : { ...podLabels };
}

/** A subset name suggested by labels: the `version` label, else a label value that is a DNS label. */
export function suggestSubsetName(labels: Record<string, string>, fallback: string): string {
  const candidates = [labels.version, labels['app.kubernetes.io/version'], ...Object.values(labels)];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const name = candidate
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (name.length > 0 && name.length <= 63) return name;
  }
  return fallback;
}
