// The New Canary wizard's two requests: what the workspace holds (Services with the workloads
// they select, workloads with their pod labels, Istio and Gateway API Gateways), read from the server's workspace
// index, and the manifests for the wizard's answers, written by the server. The client asks the
// questions and parses no YAML.
import type { CanaryAnswers } from './canaryAnswers';
import { requestType } from './messages';

export interface WorkloadFact {
  kind: string;
  name: string;
  namespace: string;
  /** The labels of the pods the workload creates (its pod template's labels). */
  podLabels: Record<string, string>;
}

export interface ServiceFact {
  name: string;
  namespace: string;
  /** The host a VirtualService names it by, fully qualified (`name.namespace.svc.cluster.local`). */
  host: string;
  selector: Record<string, string>;
  ports: number[];
  /** The workloads whose pods the Service selects, as the server's workload selection decides. */
  workloads: WorkloadFact[];
}

export interface GatewayFact {
  name: string;
  namespace: string;
  hosts: string[];
}

/** A Gateway API Gateway (gateway.networking.k8s.io), which an HTTPRoute can attach to. */
export interface KubeGatewayFact {
  name: string;
  namespace: string;
  listeners: { name: string; hostname?: string; port?: number; protocol?: string }[];
}

export interface WorkspaceFacts {
  services: ServiceFact[];
  workloads: WorkloadFact[];
  /** Istio Gateways (networking.istio.io). */
  gateways: GatewayFact[];
  /** Gateway API Gateways; absent from servers that predate HTTPRoute canaries. */
  kubeGateways?: KubeGatewayFact[];
}

/** Request `istioCanary/workspaceFacts`: the workspace's Services, workloads and Gateways. */
export type WorkspaceFactsParams = Record<string, never>;
export const WorkspaceFactsRequest = requestType<WorkspaceFactsParams, WorkspaceFacts | null>(
  'istioCanary/workspaceFacts',
);

/** Request `istioCanary/newCanaryManifests`: the YAML for the answers, or why it cannot be written. */
export interface NewCanaryManifestsParams {
  answers: CanaryAnswers;
}
export type NewCanaryManifestsResult = { text: string } | { problems: string[] };
export const NewCanaryManifestsRequest = requestType<
  NewCanaryManifestsParams,
  NewCanaryManifestsResult | null
>('istioCanary/newCanaryManifests');
