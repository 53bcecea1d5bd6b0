// CodeLens over each weighted route: the split in one line (`v1 90% · v2 10%`) that opens the
// preview, plus Promote / Roll back on two-destination canaries. Commands are the client's
// (client/src/preview, client/src/canary); the server only names them and their arguments.
import type { CodeLens } from 'vscode-languageserver-types';
import type { SourceFile } from '../sourceFile';
import { entryLabel } from './codeActions/types';
import { isCanaryRoute, routeArguments, PROMOTE_COMMAND, ROLLBACK_COMMAND } from './codeActions/canary';
import type { ResourceSplit, RouteSplit } from './trafficSplit';

export const PREVIEW_COMMAND = 'istioCanary.previewTrafficSplit';

export function codeLenses(file: SourceFile, splits: readonly ResourceSplit[]): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const split of splits) {
    for (const route of split.routes) {
      if (route.weighted === 0 && route.badWeights === 0 && route.rejected === undefined) continue;
      const at = file.document.positionAt(route.span.start);
      const range = { start: at, end: at };
      lenses.push({
        range,
        command: { title: splitTitle(route), command: PREVIEW_COMMAND, arguments: [{ uri: file.uri }] },
      });
      if (route.rejected !== undefined || !isCanaryRoute(split, route)) continue;
      const args = routeArguments(split, route);
      lenses.push(
        { range, command: { title: 'Promote', command: PROMOTE_COMMAND, arguments: [args] } },
        { range, command: { title: 'Roll back', command: ROLLBACK_COMMAND, arguments: [args] } },
      );
    }
  }
  return lenses;
}

/**
 * `v1 90% · v2 10%`, with a note when the written weights do not total 100; a route Istio
 * refuses reads `Rejected by Istio: <reason>`, never as a split.
 */
export function splitTitle(route: RouteSplit): string {
  if (route.rejected !== undefined) return `Rejected by Istio: ${route.rejected}`;
  const parts = route.entries.map((e) => `${entryLabel(e)} ${e.percent}%`).join(' · ');
  if (route.badWeights > 0) return `${parts} (some weights are not numbers)`;
  if (route.weighted === route.entries.length && route.total !== 100)
    return `${parts} (weights add up to ${route.total})`;
  return parts;
}
