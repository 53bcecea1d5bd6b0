// Builds the simulator's inputs the way the product does: YAML text parsed and indexed by a
// language service (the model every feature reads), then `simulate()` or the records it uses.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SimulateParams, SimulateResult } from '../../protocol/src/protocol';
import { createLanguageService } from '../../server/src/languageService';
import { recordOf, type VirtualServiceRecord } from '../../server/src/features/simulate';
import { isVirtualService } from '../../server/src/model/resources';

/** `service.simulate()` over a workspace of the given files, with optional settings. */
export function simulateInWorkspace(
  files: Iterable<{ uri: string; text: string }>,
  params: SimulateParams,
  settings: { defaultNamespace?: string } = {},
): SimulateResult {
  const service = createLanguageService({ settings });
  for (const { uri, text } of files) {
    service.setWorkspaceFile(service.parse(TextDocument.create(uri, 'yaml', 1, text)));
  }
  return service.simulate(params);
}

/** The simulator's records of the VirtualServices in one YAML text (list items included). */
export function readVirtualServiceRecords(uri: string, text: string): VirtualServiceRecord[] {
  const service = createLanguageService();
  const file = service.parse(TextDocument.create(uri, 'yaml', 1, text));
  return file.resources.filter(isVirtualService).map(recordOf);
}
