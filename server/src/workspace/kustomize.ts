// What the workspace's kustomization.yaml files say about other files: which files are patches
// (partial resources, not checked for required fields) and which namespace a kustomization sets
// on the resource files it lists. Paths are resolved against the kustomization's own URI, as
// kustomize resolves them against its folder.
import type { Kustomization, Located } from '../model/resources';
import type { WorkspaceIndex } from './workspaceIndex';

export interface KustomizationEntry {
  readonly kustomization: Kustomization;
  /** The list item naming the file. */
  readonly entry: Located<string>;
}

/** The kustomizations that list `uri` as a patch file. */
export function patchListings(workspace: WorkspaceIndex, uri: string): KustomizationEntry[] {
  return listings(workspace, uri, (k) => k.patchFiles);
}

/** The kustomizations that list `uri` itself (not its folder) under `resources`. */
export function resourceListings(workspace: WorkspaceIndex, uri: string): KustomizationEntry[] {
  return listings(workspace, uri, (k) => k.resources);
}

function listings(
  workspace: WorkspaceIndex,
  uri: string,
  entries: (k: Kustomization) => readonly Located<string>[],
): KustomizationEntry[] {
  const out: KustomizationEntry[] = [];
  for (const resource of workspace.kustomizations()) {
    for (const entry of entries(resource)) {
      if (resolveEntry(resource.uri, entry.value) === uri) out.push({ kustomization: resource, entry });
    }
  }
  return out;
}

/** The URI a kustomization entry names, or undefined for remote or unparsable entries. */
export function resolveEntry(kustomizationUri: string, entry: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || entry.startsWith('github.com/')) return undefined;
  try {
    return new URL(entry, kustomizationUri).toString();
  } catch {
    return undefined;
  }
}
