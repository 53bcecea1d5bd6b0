// Which namespace a resource lives in: the one a kustomization gives its file (as `kubectl
// kustomize` renders it, see workspace/kustomize.ts), else the one in its metadata, else the
// configured default (what `kubectl apply` without `--namespace` does with the default context
// namespace).
import type { Resource } from './resources';

export function namespaceOf(resource: Resource, defaultNamespace: string): string {
  return resource.kustomized?.namespace ?? (resource.namespace?.value || defaultNamespace);
}

/** The namespace a resource is given (by a kustomization or its metadata), undefined when none. */
export function givenNamespaceOf(resource: Resource): string | undefined {
  return resource.kustomized?.namespace ?? (resource.namespace?.value || undefined);
}

/**
 * Kinds kustomize knows to be cluster-scoped (kyaml `openapi.IsCertainlyClusterScoped`, from its
 * built-in Kubernetes schema), by `group/kind`: its `namespace:` leaves them alone. Any other kind,
 * custom resources included, is given the namespace, as kustomize does.
 */
const CLUSTER_SCOPED = new Set([
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'certificates.k8s.io/CertificateSigningRequest',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'networking.k8s.io/IngressClass',
  'node.k8s.io/RuntimeClass',
  'policy/PodSecurityPolicy',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'scheduling.k8s.io/PriorityClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/VolumeAttachment',
  '/ComponentStatus',
  '/Namespace',
  '/Node',
  '/PersistentVolume',
]);

/** Whether kustomize leaves the namespace of this kind alone (see CLUSTER_SCOPED). */
export function isClusterScopedForKustomize(apiVersion: string, kind: string): boolean {
  const slash = apiVersion.indexOf('/');
  return CLUSTER_SCOPED.has(`${slash === -1 ? '' : apiVersion.slice(0, slash)}/${kind}`);
}
