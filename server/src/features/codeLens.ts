// CodeLenses: Apply Canary over each VirtualService, and over each weighted route the split in
// one line (`v1 90% · v2 10%`) that opens the preview, plus Promote / Roll back on canary routes.
// Commands are the client's (protocol/src/commands.ts); the server names them and their arguments.
import type { CodeLens } from 'vscode-languageserver-types';
import { Commands, commandCall } from '../../../protocol/src/commands';
import { isFlaggerCanary, isKustomization, isVirtualService } from '../model/resources';
import { namespaceOf } from '../model/namespaces';
import { flaggerGeneratedResources } from './flagger/generated';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createSourceFile } from '../sourceFile';
import { DEFAULT_PARSE_LIMITS } from '../syntax/parseYaml';
import { computeSplits } from './trafficSplit';
import type { SourceFile } from '../sourceFile';
import { entryLabel } from './codeActions/types';
import { isCanaryRoute } from '../istio/canaryRoute';
import { routeArguments, PROMOTE_COMMAND, ROLLBACK_COMMAND } from './codeActions/canary';
import type { ResourceSplit, RouteSplit } from './trafficSplit';
import { ownerAdvice, ownerStatement, stepPlan, type RouteOwner } from '../workspace/controllers';

export const PREVIEW_COMMAND = Commands.previewTrafficSplit.id;

/**
 * `owners` tells which routes a controller steps (workspace/controllers.ts): those get a lens
 * naming the controller and its step plan instead of Promote / Roll back.
 */
export function codeLenses(
  file: SourceFile,
  splits: readonly ResourceSplit[],
  owners?: (resource: ResourceSplit['resource'], route: RouteSplit) => RouteOwner | undefined,
): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const split of splits) {
    if (isVirtualService(split.resource)) {
      // Apply Canary takes the file and a position inside the VirtualService (its kind line).
      const at = { line: file.document.positionAt(split.resource.kindSpan.start).line, character: 0 };
      lenses.push({
        range: { start: at, end: at },
        command: {
          ...commandCall(Commands.applyCanary, '$(cloud-upload) Apply Canary', file.uri, at),
          tooltip:
            'Apply this VirtualService with the DestinationRules and Gateways it references (dry run and confirmation first)',
        },
      });
    }
    for (const route of split.routes) {
      if (route.weighted === 0 && route.badWeights === 0 && route.rejected === undefined) continue;
      const at = file.document.positionAt(route.span.start);
      const range = { start: at, end: at };
      lenses.push({
        range,
        command: {
          title: splitTitle(route, split.relativeWeights),
          command: PREVIEW_COMMAND,
          arguments: [{ uri: file.uri }],
        },
      });
      const owner = owners?.(split.resource, route);
      if (owner) {
        // Text only (no command to run): the controller steps these weights.
        lenses.push({
          range,
          command: {
            title: `$(sync) ${ownerStatement(owner)}: ${stepPlan(owner).text}`,
            command: '',
            tooltip: `The weights written here are its resting state: ${ownerAdvice(owner)}.`,
          },
        });
        continue;
      }
      if (!isCanaryRoute(split.resource, route)) continue;
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
 * Over each Flagger Canary: what Flagger will generate from it, opened read-only, with the steps
 * it takes (features/flagger/generated.ts, workspace/controllers.ts).
 */
export function flaggerCanaryLenses(file: SourceFile, defaultNamespace: string): CodeLens[] {
  const lenses: CodeLens[] = [];
  for (const canary of file.resources.filter(isFlaggerCanary)) {
    const namespace = namespaceOf(canary, defaultNamespace);
    const generated = flaggerGeneratedResources(canary, namespace);
    if (!generated) continue;
    const at = { line: file.document.positionAt(canary.kindSpan.start).line, character: 0 };
    const plan = stepPlan({ controller: 'flagger', resource: canary, namespace, label: '' });
    // The generated route's resting split (or why Istio would refuse it), opening the preview.
    const generatedFile = createSourceFile(
      TextDocument.create(generated.uri, 'yaml', 1, generated.text),
      DEFAULT_PARSE_LIMITS,
    );
    for (const split of computeSplits(generatedFile.resources))
      for (const route of split.routes)
        lenses.push({
          range: { start: at, end: at },
          command: { title: splitTitle(route), command: PREVIEW_COMMAND, arguments: [{ uri: file.uri }] },
        });
    lenses.push({
      range: { start: at, end: at },
      command: {
        ...commandCall(
          Commands.showGeneratedResources,
          `$(eye) Flagger generates VirtualService ${generated.apex}: ${plan.text}`,
          generated.uri,
        ),
        tooltip: `Open, read-only, the VirtualService, DestinationRules and Services Flagger writes from this Canary`,
      },
    });
  }
  return lenses;
}

/**
 * Over a kustomization: the preview of what it renders (`kubectl kustomize` of its folder). The
 * lens only names the command; the client renders, in a trusted workspace only, through the
 * server's LSP shell (protocol/src/overlay.ts), never this pure service.
 */
export function kustomizationLenses(file: SourceFile): CodeLens[] {
  return file.resources.filter(isKustomization).map((kustomization) => {
    const at = { line: file.document.positionAt(kustomization.kindSpan.start).line, character: 0 };
    return {
      range: { start: at, end: at },
      command: {
        ...commandCall(Commands.previewTrafficSplit, '$(preview) Preview overlay split', { uri: file.uri }),
        tooltip:
          'Render this kustomization with kubectl kustomize (trusted workspaces only) and preview the traffic split of the result',
      },
    };
  });
}

/**
 * `v1 90% · v2 10%`, `(503: no such Service)` after a share whose host names no Service, with a note when the written weights do not total 100 (percent weights) or
 * when every backend weighs 0 (relative Gateway API weights: every request gets HTTP 500); a
 * route Istio refuses reads `Rejected by Istio: <reason>`, never as a split.
 */
export function splitTitle(route: RouteSplit, relativeWeights = false): string {
  if (route.rejected !== undefined) return `Rejected by Istio: ${route.rejected}`;
  const parts = route.entries
    .map(
      (e) => `${entryLabel(e)} ${e.percent}%${e.unavailable !== undefined ? ' (503: no such Service)' : ''}`,
    )
    .join(' · ');
  if (route.badWeights > 0) return `${parts} (some weights are not numbers)`;
  if (relativeWeights)
    return route.entries.every((e) => e.percent === 0) ? `${parts} (all weights 0: HTTP 500)` : parts;
  if (route.weighted === route.entries.length && route.total !== 100)
    return `${parts} (weights add up to ${route.total})`;
  return parts;
}
