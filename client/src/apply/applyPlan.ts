// The apply plan, as pure functions: which resources are applied, in which order, with which
// exact kubectl arguments, what the confirmation says, and how the result is reported. No
// `vscode`, no IO; the commands in applyCommands.ts run what this module decides.
import { applyArgs, type KubeTarget } from '../kube/kubectlArgs';
import { type KubeObject } from '../kube/kubectl';

export interface PlanResource {
  uri: string;
  kind: string;
  apiVersion: string;
  name: string;
  /** The namespace written in the manifest; absent means "the selected namespace". */
  namespace?: string;
  /** The YAML of this one resource, as the editor currently holds it (saved or not). */
  text: string;
}

export interface ApplyPlanInput {
  resources: PlanResource[];
  context: string;
  /** The namespace for resources that do not name one. */
  namespace: string;
  requestTimeoutSeconds: number;
}

export interface ApplyStep {
  resource: PlanResource;
  target: KubeTarget;
  /** `Kind/name`, or `Kind/name (namespace x)` when it is not the selected namespace. */
  label: string;
  dryRunArgs: string[];
  applyArgs: string[];
}

export interface ApplyPlan {
  context: string;
  namespace: string;
  steps: ApplyStep[];
  /** Reasons the plan cannot run (duplicates, nameless resources). Empty when it can. */
  problems: string[];
}

/**
 * What must exist before what: namespaces and workloads first, then Gateways and
 * DestinationRules, and VirtualServices last, so that at no moment does a route point at a
 * subset or gateway the cluster does not know yet.
 */
const kindOrder: Record<string, number> = {
  Namespace: 0,
  ServiceEntry: 2,
  Gateway: 3,
  DestinationRule: 4,
  VirtualService: 5,
};
const otherKindsOrder = 1;

export function planApply(input: ApplyPlanInput): ApplyPlan {
  const problems: string[] = [];
  const seen = new Map<string, PlanResource>();
  const ordered = input.resources
    .map((resource, index) => ({ resource, index }))
    .sort(
      (a, b) =>
        (kindOrder[a.resource.kind] ?? otherKindsOrder) - (kindOrder[b.resource.kind] ?? otherKindsOrder) ||
        a.index - b.index,
    )
    .map((entry) => entry.resource);
  const steps: ApplyStep[] = [];
  for (const resource of ordered) {
    if (!resource.name || !resource.kind) {
      problems.push(`A resource in ${resource.uri} has no kind or metadata.name.`);
      continue;
    }
    const namespace =
      resource.kind === 'Namespace' ? input.namespace : (resource.namespace ?? input.namespace);
    const key = `${resource.kind}/${namespace}/${resource.name}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push(
        `${resource.kind}/${resource.name} in namespace ${namespace} is defined twice (${earlier.uri} and ${resource.uri}); apply the file that holds the version you mean.`,
      );
      continue;
    }
    seen.set(key, resource);
    const target = { context: input.context, namespace };
    const timeout = { requestTimeoutSeconds: input.requestTimeoutSeconds };
    steps.push({
      resource,
      target,
      label: `${resource.kind}/${resource.name}${namespace !== input.namespace ? ` (namespace ${namespace})` : ''}`,
      dryRunArgs: applyArgs(target, { dryRun: true, ...timeout }),
      applyArgs: applyArgs(target, { dryRun: false, ...timeout }),
    });
  }
  return { context: input.context, namespace: input.namespace, steps, problems };
}

export type Change = 'created' | 'configured' | 'unchanged';

/** Strips what the server manages, so live and dry-run objects compare by what users write. */
function userFields(obj: KubeObject): unknown {
  // status and the server-managed metadata (resourceVersion, uid, managedFields...) are left out.
  const { metadata, ...rest } = obj;
  delete rest.status;
  const { labels, annotations } = metadata ?? {};
  return { ...rest, metadata: { labels: labels ?? {}, annotations: annotations ?? {} } };
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Whether applying creates the object, changes it, or leaves it as it is. */
export function changeOf(live: KubeObject | undefined, merged: KubeObject | undefined): Change {
  if (!live) return 'created';
  if (!merged) return 'configured';
  const strip = (o: KubeObject) => ({ ...(userFields(o) as object), apiVersion: undefined });
  return canonical(strip(live)) === canonical(strip(merged)) ? 'unchanged' : 'configured';
}

export type DryRunOutcome = { ok: true; change: Change } | { ok: false; message: string };

export interface ClusterDescription {
  context: string;
  cluster: string;
  server?: string;
}

/** The modal confirmation: a short message naming where, and a detail line per resource. */
export function confirmationText(
  plan: ApplyPlan,
  cluster: ClusterDescription,
  outcomes: DryRunOutcome[],
): { message: string; detail: string } {
  const count = plan.steps.length;
  const message = `Apply ${count} resource${count === 1 ? '' : 's'} to context "${cluster.context}" (cluster ${cluster.cluster}), namespace ${plan.namespace}?`;
  const lines = plan.steps.map((step, i) => {
    const outcome = outcomes[i];
    const what = !outcome
      ? 'not checked'
      : outcome.ok
        ? outcome.change
        : `dry run failed: ${outcome.message}`;
    return `${step.label}: ${what}`;
  });
  const server = cluster.server ? `Server: ${cluster.server}\n` : '';
  return { message, detail: `${server}The server accepted all of them in a dry run.\n\n${lines.join('\n')}` };
}

export type StepResult =
  { status: 'applied'; change: Change } | { status: 'failed'; message: string } | { status: 'not-attempted' };

/**
 * The result message after applying. Steps run in order and stop at the first failure, so the
 * message always says which resources were applied, which failed and which were not attempted.
 */
export function resultSummary(plan: ApplyPlan, results: StepResult[]): { ok: boolean; message: string } {
  const applied: string[] = [];
  const failed: string[] = [];
  const skipped: string[] = [];
  plan.steps.forEach((step, i) => {
    const result = results[i] ?? { status: 'not-attempted' };
    if (result.status === 'applied') applied.push(`${step.label} (${result.change})`);
    else if (result.status === 'failed') failed.push(`${step.label}: ${result.message}`);
    else skipped.push(step.label);
  });
  const where = `context "${plan.context}"`;
  if (failed.length === 0 && skipped.length === 0) {
    return { ok: true, message: `Applied to ${where}: ${applied.join(', ')}.` };
  }
  const parts = [
    `Apply to ${where} stopped.`,
    applied.length > 0 ? `Applied: ${applied.join(', ')}.` : 'Nothing was applied.',
    failed.length > 0 ? `Failed: ${failed.join('; ')}` : '',
    skipped.length > 0 ? `Not attempted: ${skipped.join(', ')}.` : '',
  ];
  return { ok: false, message: parts.filter((p) => p !== '').join(' ') };
}
