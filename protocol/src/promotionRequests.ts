// Promote Canary and Roll Back Canary through the server: the client names the route (from a
// CodeLens or code action, or the cursor) and the server plans the step on its own traffic
// split and answers the text edits of the weight values. The client applies them and remembers
// which destination was stable, which it reports back so later steps and titles agree.
import type { RouteCommandArguments } from './commands';
import { notificationType, requestType } from './messages';
import type { Position, Range } from './protocol';

export interface CanaryStepParams {
  action: 'promote' | 'rollback';
  uri: string;
  /** The route, as a CodeLens or code action names it; without it, the route at `position`. */
  route?: Omit<RouteCommandArguments, 'uri'>;
  position?: Position;
  /** The stable destinations remembered from earlier steps, by route memory key. */
  stables: Record<string, string>;
}

export interface WeightEdit {
  range: Range;
  newText: string;
}

export type CanaryStepResult =
  | {
      ok: true;
      uri: string;
      /** The document version the edits are for; null for a file that is not open. */
      version: number | null;
      /** One replacement per weight value that changes; nothing else in the file is touched. */
      edits: WeightEdit[];
      /** What happened, in a sentence for a notification. */
      summary: string;
      /** Where this route's stable destination is remembered (see `stables`). */
      memoryKey: string;
      /** The stable destination to remember after a promotion. */
      stableKey: string;
      /** Where the route starts: Apply Canary applies the VirtualService there. */
      routeStart: Position;
    }
  | { ok: false; reason: string };

/** Request `istioCanary/canaryStep`: the weight edits of one Promote or Roll back. */
export const CanaryStepRequest = requestType<CanaryStepParams, CanaryStepResult | null>(
  'istioCanary/canaryStep',
);

/**
 * Notification `istioCanary/stableDestinations` from client to server: the remembered stable
 * destinations (sent at start and after each step), so code action titles name the right step.
 */
export interface StableDestinationsParams {
  stables: Record<string, string>;
}
export const StableDestinationsNotification = notificationType<StableDestinationsParams>(
  'istioCanary/stableDestinations',
);
