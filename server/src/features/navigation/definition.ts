// Go to definition and find references over the targets of targets.ts.
import type { Location } from 'vscode-languageserver-types';
import { locationOf, type NavigationContext } from './context';
import { occurrencesOf, targetAt } from './targets';

/**
 * Where the subset, gateway or host under the cursor is defined: DestinationRule subsets, Gateways,
 * Services and ServiceEntries (every version of them in the workspace). Empty when nothing is.
 */
export function findDefinition(context: NavigationContext, offset: number): Location[] {
  const target = targetAt(context, offset);
  if (!target) return [];
  return occurrencesOf(context, target)
    .filter((o) => o.declaration)
    .map((o) => locationOf(context, o.uri, o.nameSpan ?? o.span));
}

/** Every place that names the subset or gateway under the cursor, across files. */
export function findReferences(
  context: NavigationContext,
  offset: number,
  includeDeclaration: boolean,
): Location[] {
  const target = targetAt(context, offset);
  if (!target || target.kind === 'host') return [];
  return occurrencesOf(context, target)
    .filter((o) => includeDeclaration || !o.declaration)
    .map((o) => locationOf(context, o.uri, o.nameSpan ?? o.span));
}
