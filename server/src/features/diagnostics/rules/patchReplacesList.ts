import { isVirtualService, type Route, type VirtualService } from '../../../model/resources';
import { patchListings, resourceListings } from '../../../workspace/kustomize';
import type { Rule } from '../ruleTypes';

export const patchReplacesList: Rule = {
  code: 'patch-replaces-list',
  wholeFile: true,
  defaultSeverity: 'warning',
  summary:
    'A Kustomize strategic-merge patch sets a VirtualService route list, which replaces the whole list (custom resources have no merge keys) and drops the routes it does not repeat.',
  crossFile: true,
  check({ file, workspace }, report) {
    if (workspace.kustomizations().length === 0) return;
    const patches = file.resources.filter(isVirtualService);
    if (patches.length === 0 || patchListings(workspace, file.uri).length === 0) return;
    const bases: VirtualService[] = [];
    for (const r of workspace.resources()) {
      if (!isVirtualService(r) || r.uri === file.uri) continue;
      if (patchListings(workspace, r.uri).length === 0) bases.push(r);
    }
    for (const patch of patches) {
      // The resource a kustomization lists is the one patched; any same-named one otherwise.
      const named = bases.filter((b) => b.name?.value === patch.name?.value);
      const base = named.find((b) => resourceListings(workspace, b.uri).length > 0) ?? named[0];
      if (!base) continue;
      for (const protocol of ['http', 'tcp', 'tls'] as const) {
        const patched = patch.routes.filter((r) => r.protocol === protocol);
        const original = base.routes.filter((r) => r.protocol === protocol);
        if (patched.length === 0) continue;
        const dropped = original.filter((r, i) => !kept(r, i, patched));
        if (dropped.length === 0) continue;
        const names = dropped.map((r) => (r.name ? `\`${r.name}\`` : `#${r.index + 1}`)).join(', ');
        report({
          span: patched[0]!.span,
          message: `This patch replaces the whole \`${protocol}\` list of VirtualService ${patch.name?.value ?? ''}: a strategic merge cannot merge list items of a custom resource (it has no merge keys), so ${dropped.length === 1 ? `route ${names} of the base is` : `routes ${names} of the base are`} dropped. Repeat every route here, or change single fields with a JSON patch (\`op: replace\`, \`path: /spec/${protocol}/0/route/0/weight\`).`,
          related: [{ uri: base.uri, span: dropped[0]!.span, message: 'route dropped by the patch' }],
        });
      }
    }
  },
};

/** Whether the patch's list still has the base route: same name, or (unnamed) the same position. */
function kept(route: Route, index: number, patched: readonly Route[]): boolean {
  if (route.name) return patched.some((p) => p.name === route.name);
  return index < patched.length;
}
