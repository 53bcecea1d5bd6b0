// The extension's command ids and the arguments each takes, for both processes: the client
// registers them, the server names them in CodeLenses and code actions. Arguments are plain
// JSON (what a server-made command carries); the client also accepts a VS Code Uri where a menu
// passes one.
import type { Position, RouteProtocol, SimulatedRequest } from './protocol';

/** A command id that carries its argument types. */
export interface CommandDefinition<A extends unknown[]> {
  readonly id: string;
  /** Never set: carries the argument types. */
  readonly _args?: A;
}

function command<A extends unknown[]>(id: string): CommandDefinition<A> {
  return { id };
}

/** Which route of which VirtualService Promote / Roll back act on. */
export interface RouteCommandArguments {
  uri: string;
  protocol: RouteProtocol;
  routeIndex: number;
  /** The VirtualService's name: steadier than a position when the file changes. */
  resourceName?: string;
  /** Position of the VirtualService in the file's split, when it has no name. */
  resourceIndex?: number;
}

export interface PreviewArguments {
  uri: string;
}

export const Commands = {
  previewTrafficSplit: command<[PreviewArguments?]>('istioCanary.previewTrafficSplit'),
  promoteCanary: command<[RouteCommandArguments?]>('istioCanary.promoteCanary'),
  rollbackCanary: command<[RouteCommandArguments?]>('istioCanary.rollbackCanary'),
  /** Optional scripted answers, in the order the wizard asks (null takes the default). */
  newCanary: command<[answers?: (string | null)[]]>('istioCanary.newCanary'),
  /** The file to apply (a URI string, or the Uri a menu passes). */
  applyCurrentFile: command<[uri?: string]>('istioCanary.applyCurrentFile'),
  /** The file and the position of the VirtualService whose canary to apply. */
  applyCanary: command<[uri?: string, position?: Position]>('istioCanary.applyCanary'),
  diffAgainstCluster: command<[uri?: string]>('istioCanary.diffAgainstCluster'),
  selectKubeContext: command<[]>('istioCanary.selectKubeContext'),
  selectNamespace: command<[]>('istioCanary.selectNamespace'),
  simulateRequest: command<[request?: SimulatedRequest]>('istioCanary.simulateRequest'),
  showOutput: command<[]>('istioCanary.showOutput'),
  /** Reads the cluster snapshot of the selected kube context again (cancels a read under way). */
  refreshCluster: command<[]>('istioCanary.refreshCluster'),
  /** Opens the rule page of one diagnostic code (`weight-sum`). */
  showRuleDoc: command<[code: string]>('istioCanary.showRuleDoc'),
  /** The Getting Started walkthrough's sample canary, opened as an untitled YAML document. */
  openSampleCanary: command<[]>('istioCanary.openSampleCanary'),
  /** Opens, read-only, what a controller generates (`istio-canary-generated:/ns/canary.yaml`). */
  showGeneratedResources: command<[generatedUri: string]>('istioCanary.showGeneratedResources'),
} as const;

export type CommandName = keyof typeof Commands;
export type ArgumentsOf<C> = C extends CommandDefinition<infer A> ? A : never;

/** A command as LSP and VS Code carry it, with arguments checked against the definition. */
export function commandCall<A extends unknown[]>(
  definition: CommandDefinition<A>,
  title: string,
  ...args: A
): { title: string; command: string; arguments?: unknown[] } {
  return { title, command: definition.id, ...(args.length > 0 ? { arguments: args } : {}) };
}
