// exportTo as Istio reads it on a VirtualService (pilot/pkg/model/push_context.go
// `initVirtualServices`): no exportTo is the mesh default (`*`, everyone); `*` is everyone
// whatever else is listed; `~` is nobody; `.` is the VirtualService's own namespace; any other
// entry names a namespace whose proxies get it.

/** Whether a VirtualService in `vsNamespace` with `exportTo` is used by proxies of `caller`. */
export function virtualServiceVisibleTo(
  exportTo: readonly string[],
  vsNamespace: string,
  caller: string,
): boolean {
  const set = exportTo.map((e) => e.trim());
  if (set.length === 0 || set.includes('*')) return true;
  if (set.includes('~')) return false;
  return set.some((e) => (e === '.' ? vsNamespace : e) === caller);
}
