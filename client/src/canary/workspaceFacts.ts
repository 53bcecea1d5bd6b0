// Suggestions the New Canary wizard makes from the workspace facts the server sends (request
// `istioCanary/workspaceFacts`: Services with the workloads they select, workloads with their
// pod labels, Gateways). Pure label arithmetic; the client reads no YAML.

export type { GatewayFact, ServiceFact, WorkloadFact, WorkspaceFacts } from '../../../protocol/src/newCanary';

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
