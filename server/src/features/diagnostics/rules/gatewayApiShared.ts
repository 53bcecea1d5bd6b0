// Shared helpers of the Gateway API rules: the routes of a file with their namespace, and a
// backend's share of its rule's traffic (from the split). Not a rule itself.
import {
  isGatewayRoute,
  type BackendRef,
  type GatewayRoute,
  type GatewayRouteRule,
} from '../../../model/resources';
import type { FileAnalysis } from '../fileAnalysis';

export function gatewayRoutesIn(resources: readonly unknown[]): GatewayRoute[] {
  return (resources as Parameters<typeof isGatewayRoute>[0][]).filter(isGatewayRoute);
}

/** The backend's effective share of its rule (percent), as the split computes it. */
export function shareOf(
  analysis: FileAnalysis,
  route: GatewayRoute,
  rule: GatewayRouteRule,
  ref: BackendRef,
): number | undefined {
  const split = analysis.splits.find((s) => s.resource === route);
  return split?.routes.find((r) => r.index === rule.index)?.entries.find((e) => e.index === ref.index)
    ?.percent;
}

/** "its 10 % of this rule's requests get HTTP 500" (or nothing when it gets no traffic anyway). */
export function shareAsErrors(share: number | undefined): string {
  if (share === undefined || share === 0) return '';
  return share === 100
    ? ' Every request of this rule gets HTTP 500.'
    : ` Its ${share}% share of this rule's requests gets HTTP 500.`;
}
