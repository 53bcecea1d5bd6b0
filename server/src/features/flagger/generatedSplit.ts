// The split of the VirtualService Flagger will generate from each Canary of a file, for `split`
// and the preview of the Canary's file: Flagger's resting 100/0 with the Canary as owner and its
// step plan. Every range points at the Canary's `kind:` line (the generated text is in no file),
// where its CodeLenses are, and no weight range is given, so nothing offers to edit these weights.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SplitResource } from '../../../../protocol/src/protocol';
import { isFlaggerCanary } from '../../model/resources';
import { namespaceOf } from '../../model/namespaces';
import type { Settings } from '../../settings';
import { createSourceFile, type SourceFile } from '../../sourceFile';
import { DEFAULT_PARSE_LIMITS } from '../../syntax/parseYaml';
import type { WorkspaceIndex } from '../../workspace/workspaceIndex';
import { toRange } from '../diagnostics/diagnose';
import { toSplitResources } from '../splitResources';
import { computeSplits } from '../trafficSplit';
import { flaggerGeneratedResources } from './generated';

export function generatedFlaggerSplits(
  file: SourceFile,
  settings: Settings,
  workspace: WorkspaceIndex,
): SplitResource[] {
  const canaries = file.resources.filter(isFlaggerCanary);
  if (canaries.length === 0) return [];
  const lookup = workspace.lookupWith(file.uri, file.resources, settings.defaultNamespace);
  const out: SplitResource[] = [];
  for (const canary of canaries) {
    const namespace = namespaceOf(canary, settings.defaultNamespace);
    const generated = flaggerGeneratedResources(canary, namespace);
    if (!generated) continue;
    // A VirtualService of that name in the workspace is what Flagger takes over: its file shows it.
    const handWritten = lookup.virtualServices.some(
      (vs) => vs.name?.value === generated.apex && namespaceOf(vs, settings.defaultNamespace) === namespace,
    );
    if (handWritten) continue;
    const document = TextDocument.create(generated.uri, 'yaml', 1, generated.text);
    const generatedFile = createSourceFile(document, DEFAULT_PARSE_LIMITS);
    // Where the Canary's CodeLenses are (its `kind:` line), as a VirtualService's are on its routes.
    const line = toRange(file, canary.kindSpan).start.line;
    const at = { start: { line, character: 0 }, end: { line, character: 0 } };
    for (const resource of toSplitResources(
      generatedFile,
      computeSplits(generatedFile.resources),
      [],
      settings,
      workspace,
    ))
      out.push({
        ...resource,
        uri: file.uri,
        range: toRange(file, canary.span),
        routes: resource.routes.map((route) => ({
          ...route,
          range: at,
          destinations: route.destinations.map(({ weightRange: _generated, ...d }) => ({ ...d, range: at })),
        })),
      });
  }
  return out;
}
