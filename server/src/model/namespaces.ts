// Which namespace a resource lives in: the one in its metadata, else the configured default
// (what `kubectl apply` without `--namespace` does with the default context namespace).
import type { Resource } from './resources';

export function namespaceOf(resource: Resource, defaultNamespace: string): string {
  return resource.namespace?.value || defaultNamespace;
}
