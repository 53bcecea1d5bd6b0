// The request simulator feature: which VirtualService and route an HTTP request hits and where it
// goes. Pure: it reads no files and imports nothing from the LSP layer or VS Code; hosts (the LSP
// shell, the CLI) pass in YAML text or records and get plain data (protocol.ts types) back.
import { type SimulateParams, type SimulateResult } from '../../../../protocol/src/protocol';
import { readVirtualServiceRecords } from './records';
import { renderSimulationMarkdown } from './render';
import { simulateRequest, type SimulateOptions } from './simulate';

export { readVirtualServiceRecords } from './records';
export { renderSimulationMarkdown, renderSimulationText } from './render';
export { simulateRequest, type SimulateOptions, type VirtualServiceRecord } from './simulate';
export { compileRe2 } from './stringMatch';

/**
 * Answers an `istioCanary/simulate` request from the workspace's YAML files (uri and text), in
 * the order given; the LSP handler passes open documents' text in place of the saved files.
 */
export function simulateInWorkspace(
  files: Iterable<{ uri: string; text: string }>,
  params: SimulateParams,
  options: SimulateOptions = {},
): SimulateResult {
  const records = [...files].flatMap((file) => readVirtualServiceRecords(file.uri, file.text));
  const result = simulateRequest(records, params.request, options);
  return { result, markdown: renderSimulationMarkdown(result) };
}
