// The messages between the traffic-split preview panel (browser code in client/src/preview/webview)
// and the extension host (client/src/preview). Both sides validate what they receive with the
// parse functions below, because a webview is an untrusted boundary. Imports only protocol.ts.

import { type RouteProtocol, type SplitResource } from './protocol';

/** What the panel shows: the split of one document, or why there is nothing to show. */
export interface PreviewModel {
  uri: string;
  /** A short, human name for the document (its file name). */
  fileName: string;
  /** The document version the split was computed from, or null when unknown. */
  version: number | null;
  resources: SplitResource[];
  /** Set when the split could not be computed (server not ready, request failed). */
  error?: string;
  /**
   * Set when the split is of rendered text (a Kustomize overlay): what was rendered and how. The
   * weights are then read-only: they come from the overlay's patches and bases.
   */
  rendered?: RenderedFrom;
}

/** What a rendered preview shows it came from, and what the rendering found. */
export interface RenderedFrom {
  /** The overlay folder, relative to the workspace: `overlays/canary`. */
  folder: string;
  /** `kubectl kustomize overlays/canary`. */
  command: string;
  /** The rendered overlay's findings, each with where it is written (`base/vs.yaml:12`). */
  findings: { severity: string; code: string; message: string; where: string }[];
}

/** Identifies one destination of one route, by position, in the latest model. */
export interface DestinationAddress {
  resourceIndex: number;
  protocol: RouteProtocol;
  routeIndex: number;
  destinationIndex: number;
}

export type ExtensionToWebviewMessage =
  | { type: 'update'; model: PreviewModel }
  /**
   * Used only by the end-to-end test: asks the panel to set a destination's number input as a
   * person would (the panel then sends `setWeight` through its ordinary input handling).
   */
  | { type: 'simulateWeightInput'; address: DestinationAddress; weight: number };

export type WebviewToExtensionMessage =
  | { type: 'ready' }
  /** The user set one destination's weight; the others are adjusted by the extension. */
  | { type: 'setWeight'; uri: string; version: number | null; address: DestinationAddress; weight: number }
  /** The user asked to see a route or destination in the editor. */
  | {
      type: 'reveal';
      uri: string;
      address: Omit<DestinationAddress, 'destinationIndex'> & { destinationIndex?: number };
    }
  /** Sent after each render, so tests and logs can see what the panel shows. */
  | { type: 'rendered'; uri: string; version: number | null; text: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 100_000;
}

function isProtocol(value: unknown): value is RouteProtocol {
  return value === 'http' || value === 'tcp' || value === 'tls';
}

function isVersion(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isInteger(value));
}

/** A weight as Istio accepts it in a route: an integer from 0 to 100. */
export function isWeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

function parseAddress(value: unknown, requireDestination: boolean): DestinationAddress | undefined {
  if (!isRecord(value)) return undefined;
  const { resourceIndex, protocol, routeIndex, destinationIndex } = value;
  if (!isIndex(resourceIndex) || !isProtocol(protocol) || !isIndex(routeIndex)) return undefined;
  if (destinationIndex === undefined && !requireDestination) {
    return { resourceIndex, protocol, routeIndex, destinationIndex: -1 };
  }
  if (!isIndex(destinationIndex)) return undefined;
  return { resourceIndex, protocol, routeIndex, destinationIndex };
}

/** Checks a message that arrived from the webview; anything malformed gives undefined. */
export function parseWebviewMessage(value: unknown): WebviewToExtensionMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'setWeight': {
      const address = parseAddress(value.address, true);
      if (typeof value.uri !== 'string' || !isVersion(value.version) || !address || !isWeight(value.weight)) {
        return undefined;
      }
      return { type: 'setWeight', uri: value.uri, version: value.version, address, weight: value.weight };
    }
    case 'reveal': {
      const address = parseAddress(value.address, false);
      if (typeof value.uri !== 'string' || !address) return undefined;
      const { destinationIndex, ...route } = address;
      return {
        type: 'reveal',
        uri: value.uri,
        address: destinationIndex >= 0 ? { ...route, destinationIndex } : route,
      };
    }
    case 'rendered':
      if (typeof value.uri !== 'string' || !isVersion(value.version) || typeof value.text !== 'string') {
        return undefined;
      }
      return { type: 'rendered', uri: value.uri, version: value.version, text: value.text.slice(0, 100_000) };
    default:
      return undefined;
  }
}

function isPreviewModel(value: unknown): value is PreviewModel {
  return (
    isRecord(value) &&
    typeof value.uri === 'string' &&
    typeof value.fileName === 'string' &&
    isVersion(value.version) &&
    Array.isArray(value.resources) &&
    value.resources.every(isSplitResource) &&
    (value.error === undefined || typeof value.error === 'string') &&
    (value.rendered === undefined || isRenderedFrom(value.rendered))
  );
}

function isRenderedFrom(value: unknown): value is RenderedFrom {
  return (
    isRecord(value) &&
    typeof value.folder === 'string' &&
    typeof value.command === 'string' &&
    Array.isArray(value.findings) &&
    value.findings.every(
      (f) =>
        isRecord(f) &&
        typeof f.severity === 'string' &&
        typeof f.code === 'string' &&
        typeof f.message === 'string' &&
        typeof f.where === 'string',
    )
  );
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isSplitResource(value: unknown): value is SplitResource {
  return (
    isRecord(value) &&
    typeof value.name === 'string' &&
    typeof value.kind === 'string' &&
    isStringArray(value.hosts) &&
    isStringArray(value.gateways) &&
    Array.isArray(value.routes) &&
    value.routes.every(
      (route) =>
        isRecord(route) &&
        isProtocol(route.protocol) &&
        isIndex(route.index) &&
        isStringArray(route.matchText) &&
        isStringArray(route.problems) &&
        Array.isArray(route.destinations) &&
        route.destinations.every(
          (destination) =>
            isRecord(destination) &&
            typeof destination.host === 'string' &&
            typeof destination.percent === 'number',
        ),
    )
  );
}

/** Checks a message that arrived from the extension; anything malformed gives undefined. */
export function parseExtensionMessage(value: unknown): ExtensionToWebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'update' && isPreviewModel(value.model)) return { type: 'update', model: value.model };
  if (value.type === 'simulateWeightInput') {
    const address = parseAddress(value.address, true);
    if (address && isWeight(value.weight)) {
      return { type: 'simulateWeightInput', address, weight: value.weight };
    }
  }
  return undefined;
}
