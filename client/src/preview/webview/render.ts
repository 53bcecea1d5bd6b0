// The preview panel's view: a pure function from the traffic-split model to HTML. It runs in the
// webview (bundled by esbuild for the browser) and in unit tests (snapshots), so it must not
// import vscode or touch the DOM. Widths are SVG attributes because the CSP forbids inline styles.

import {
  type SplitDestination,
  type SplitResource,
  type SplitRoute,
} from '../../../../protocol/src/protocol';
import { type PreviewModel, type RenderedFrom } from '../../../../protocol/src/webviewProtocol';
import { whyNotSteerable } from '../../../../protocol/src/promotion';

const COLOR_COUNT = 6;

/** Escapes text for use in HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return '0 %';
  const rounded = Math.round(percent * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} %`;
}

/** A destination in a few words: its subset when it has one, else its host. */
export function destinationLabel(destination: SplitDestination): string {
  return destination.subset ? `subset ${destination.subset}` : destination.host;
}

function destinationTarget(destination: SplitDestination): string {
  return destination.port === undefined ? destination.host : `${destination.host}:${destination.port}`;
}

/** Escaped host text with break opportunities after the dots, so long FQDNs wrap between labels. */
function wrappableHost(text: string): string {
  return escapeHtml(text).replace(/\./g, '.<wbr>');
}

/** The id of a destination's inputs, unique within the panel and stable across renders. */
export function weightInputId(resourceIndex: number, route: SplitRoute, destinationIndex: number): string {
  return `weight-${resourceIndex}-${route.protocol}-${route.index}-${destinationIndex}`;
}

function addressAttributes(resourceIndex: number, route: SplitRoute, destinationIndex?: number): string {
  const base = `data-resource="${resourceIndex}" data-protocol="${route.protocol}" data-route="${route.index}"`;
  return destinationIndex === undefined ? base : `${base} data-destination="${destinationIndex}"`;
}

function renderBar(route: SplitRoute): string {
  const scale = Math.max(
    100,
    route.destinations.reduce((sum, d) => sum + Math.max(0, d.percent), 0),
  );
  let x = 0;
  const segments = route.destinations.map((destination, i) => {
    const width = (Math.max(0, destination.percent) / scale) * 100;
    const rect = `<rect class="segment color-${i % COLOR_COUNT}" x="${round(x)}" y="0" width="${round(width)}" height="10"></rect>`;
    x += width;
    return rect;
  });
  const label = route.destinations
    .map((d) => `${destinationLabel(d)} of ${destinationTarget(d)} ${formatPercent(d.percent)}`)
    .join(', ');
  return (
    `<svg class="bar" role="img" aria-label="Traffic split: ${escapeHtml(label)}" viewBox="0 0 100 10" preserveAspectRatio="none">` +
    segments.join('') +
    `</svg>`
  );
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function renderDestinationRow(
  resourceIndex: number,
  route: SplitRoute,
  destination: SplitDestination,
  destinationIndex: number,
  steerable: boolean,
): string {
  const id = weightInputId(resourceIndex, route, destinationIndex);
  const name = `${destinationLabel(destination)} (${destinationTarget(destination)})`;
  const weight = destination.weight ?? (route.destinations.length === 1 ? 100 : 0);
  const disabled = steerable ? '' : ' disabled';
  const attributes = addressAttributes(resourceIndex, route, destinationIndex);
  return (
    `<tr>` +
    `<td><svg class="swatch" aria-hidden="true" viewBox="0 0 10 10"><rect class="color-${destinationIndex % COLOR_COUNT}" width="10" height="10"></rect></svg></td>` +
    `<th scope="row">${escapeHtml(destinationLabel(destination))}</th>` +
    `<td class="target">${wrappableHost(destinationTarget(destination))}</td>` +
    `<td class="percent">${formatPercent(destination.percent)}</td>` +
    `<td class="weight">` +
    `<input type="range" class="weight-slider" id="${id}-slider" min="0" max="100" step="1" value="${weight}" aria-label="Weight of ${escapeHtml(name)}" ${attributes}${disabled}>` +
    `<input type="number" class="weight-number" id="${id}" min="0" max="100" step="1" value="${weight}" aria-label="Weight of ${escapeHtml(name)} (number)" ${attributes}${disabled}>` +
    `</td>` +
    `</tr>`
  );
}

/** Escaped text with `code` spans as <code> elements. */
function withCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]*)`/g, '<code>$1</code>');
}

/** The controller that steps a route, its plan in order, and that the split shown is its rest. */
function renderOwner(route: SplitRoute): string {
  const owner = route.owner;
  if (!owner) return '';
  const every = owner.plan.interval !== undefined ? ` every ${escapeHtml(owner.plan.interval)}` : '';
  return (
    `<div class="owner">` +
    `<p>${withCode(owner.statement)}${every}; the split below is its resting state.</p>` +
    `<ol class="plan" aria-label="Step plan of ${escapeHtml(`${owner.kind} ${owner.namespace}/${owner.name}`)}">` +
    owner.plan.steps
      .map((s) => `<li class="plan-${escapeHtml(s.kind)}">${escapeHtml(s.text)}</li>`)
      .join('') +
    `</ol>` +
    `</div>`
  );
}

/** Gateway API routes: rules instead of http routes, relative weights, parents instead of gateways. */
function isGatewayApiRoute(resource: SplitResource): boolean {
  return resource.kind === 'HTTPRoute' || resource.kind === 'GRPCRoute';
}

function renderRoute(
  resourceIndex: number,
  route: SplitRoute,
  relativeWeights = false,
  readOnly?: string,
): string {
  const broken = route.problems.length > 0;
  const steerProblem = readOnly ?? whyNotSteerable(route);
  const matchLines = route.matchText.length > 0 ? route.matchText : ['everything else'];
  const title = relativeWeights
    ? `Rule ${route.index + 1}`
    : `${route.protocol.toUpperCase()} route ${route.index + 1}`;
  const headingId = `route-${resourceIndex}-${route.protocol}-${route.index}`;
  const hasWeights = route.destinations.some((d) => d.weight !== undefined);
  const total = !hasWeights
    ? ''
    : relativeWeights
      ? `<span class="total">relative weights, total ${route.total}</span>`
      : `<span class="total${route.total === 100 ? '' : ' total-wrong'}">weights total ${route.total}</span>`;
  const problems = broken
    ? `<div class="problems"><span class="problem-mark" aria-hidden="true">⚠</span><span class="visually-hidden">Broken route:</span><ul>` +
      route.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('') +
      `</ul></div>`
    : '';
  const note =
    steerProblem && route.destinations.length > 1 ? `<p class="note">${withCode(steerProblem)}</p>` : '';
  // With a cluster snapshot: the live split beside the file's, and who owns the weights.
  const live = route.live
    ? `<p class="live${route.live.same ? '' : ' live-differs'}">Cluster ${escapeHtml(route.live.context)}: ${escapeHtml(route.live.text)}</p>`
    : '';
  // The files' owner (renderOwner) says more; the live controller is shown when no file names one.
  const controller =
    route.controller && !route.owner
      ? `<p class="note controller">Weights set by ${escapeHtml(route.controller)}: it overwrites what the file says at each step.</p>`
      : '';
  return (
    `<li class="route${broken ? ' broken' : ''}" aria-labelledby="${headingId}">` +
    `<div class="route-header">` +
    `<h3 id="${headingId}">${escapeHtml(title)}${route.name ? ` <span class="route-name">${escapeHtml(route.name)}</span>` : ''}${broken ? ' <span class="badge-broken">broken</span>' : ''}</h3>` +
    total +
    `<button type="button" class="reveal" ${addressAttributes(resourceIndex, route)} aria-label="Show ${escapeHtml(title)} in the editor">Show</button>` +
    `</div>` +
    `<ul class="match${route.match.length === 0 ? ' match-all' : ''}" aria-label="Matches">` +
    matchLines.map((line) => `<li>${escapeHtml(line)}</li>`).join('') +
    `</ul>` +
    (route.options?.length
      ? `<p class="route-options">${route.options.map((o) => escapeHtml(o)).join(' · ')}</p>`
      : '') +
    problems +
    renderOwner(route) +
    live +
    controller +
    renderBar(route) +
    `<table class="destinations"><thead><tr><td></td><th scope="col">Destination</th><th scope="col">Host</th><th scope="col">Share</th><th scope="col">Weight</th></tr></thead><tbody>` +
    route.destinations
      .map((d, i) => renderDestinationRow(resourceIndex, route, d, i, steerProblem === undefined))
      .join('') +
    `</tbody></table>` +
    note +
    `</li>`
  );
}

function renderResource(resource: SplitResource, resourceIndex: number, readOnly?: string): string {
  const headingId = `resource-${resourceIndex}`;
  const qualified = resource.namespace ? `${resource.namespace}/${resource.name}` : resource.name;
  const gatewayApi = isGatewayApiRoute(resource);
  const facts =
    `<dt>${gatewayApi ? 'Hostnames' : 'Hosts'}</dt><dd>${resource.hosts.length ? resource.hosts.map((h) => `<code>${escapeHtml(h)}</code>`).join(' ') : `<em>${gatewayApi ? 'any' : 'none'}</em>`}</dd>` +
    (resource.gateways.length
      ? `<dt>${gatewayApi ? 'Parents' : 'Gateways'}</dt><dd>${resource.gateways.map((g) => `<code>${escapeHtml(g)}</code>`).join(' ')}</dd>`
      : '');
  const routes = resource.routes.length
    ? `<ol class="routes">${resource.routes.map((r) => renderRoute(resourceIndex, r, gatewayApi, readOnly)).join('')}</ol>`
    : `<p class="note">No routes.</p>`;
  return (
    `<section class="resource" aria-labelledby="${headingId}">` +
    `<h2 id="${headingId}"><span class="kind">${escapeHtml(resource.kind)}</span> ${escapeHtml(qualified)}</h2>` +
    `<dl class="facts">${facts}</dl>` +
    routes +
    `</section>`
  );
}

/** A rendered overlay's findings, each where it is written. */
function renderFindings(rendered: RenderedFrom): string {
  if (rendered.findings.length === 0) return `<p class="note">No findings in the rendered overlay.</p>`;
  return (
    `<section class="findings" aria-labelledby="findings-heading"><h2 id="findings-heading">Findings in the rendered overlay</h2><ul>` +
    rendered.findings
      .map(
        (f) =>
          `<li class="finding finding-${escapeHtml(f.severity)}">${escapeHtml(f.severity)}[${escapeHtml(f.code)}] ${withCode(f.message)} <span class="where">(${escapeHtml(f.where)})</span></li>`,
      )
      .join('') +
    `</ul></section>`
  );
}

/** The panel's body for a model. Pure: the same model always gives the same HTML. */
export function render(model: PreviewModel): string {
  const rendered = model.rendered;
  const header = rendered
    ? `<header><h1>Traffic split <span class="file-name">${escapeHtml(rendered.folder)}</span></h1>` +
      `<p class="rendered-from">Rendered from overlay <code>${escapeHtml(rendered.folder)}</code> by <code>${escapeHtml(rendered.command)}</code> (saved files).</p></header>`
    : `<header><h1>Traffic split <span class="file-name">${escapeHtml(model.fileName)}</span></h1></header>`;
  if (model.error !== undefined) {
    return `${header}<p class="notice" role="status">${escapeHtml(model.error)}</p>`;
  }
  const findings = rendered ? renderFindings(rendered) : '';
  if (model.resources.length === 0) {
    const none = rendered
      ? 'The rendered overlay has no VirtualService or AppDeployment.'
      : 'No VirtualService or AppDeployment in this file.';
    return `${header}<p class="notice" role="status">${none}</p>${findings}`;
  }
  // Rendered weights come from the overlay's patches and bases: there is nothing here to edit.
  const readOnly = rendered
    ? 'Rendered by kubectl kustomize: change the weights in the overlay’s patches or bases.'
    : undefined;
  return (
    header +
    `<main>${model.resources.map((r, i) => renderResource(r, i, readOnly)).join('')}${findings}</main>`
  );
}
