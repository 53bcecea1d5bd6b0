// The preview panel's browser script: renders each model it receives with the pure render(), and
// turns slider, number-input and button events into typed messages for the extension. It owns no
// model logic beyond previewing a weight change while a slider moves.

import {
  type DestinationAddress,
  type PreviewModel,
  type WebviewToExtensionMessage,
  parseExtensionMessage,
} from '../../../../protocol/src/webviewProtocol';
import { setWeightKeepingTotal } from '../../../../protocol/src/weights';
import { render } from './render';

interface VsCodeApi {
  postMessage(message: WebviewToExtensionMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('root');
let model: PreviewModel | undefined;
let pending: PreviewModel | undefined;
let dragging = false;

function readAddress(element: Element): DestinationAddress | undefined {
  const data = (element as HTMLElement).dataset;
  const protocol = data.protocol;
  if (protocol !== 'http' && protocol !== 'tcp' && protocol !== 'tls') return undefined;
  const resourceIndex = Number(data.resource);
  const routeIndex = Number(data.route);
  const destinationIndex = data.destination === undefined ? -1 : Number(data.destination);
  if (![resourceIndex, routeIndex, destinationIndex].every(Number.isInteger)) return undefined;
  return { resourceIndex, protocol, routeIndex, destinationIndex };
}

function routeInputs(address: DestinationAddress, className: string): HTMLInputElement[] {
  if (!root) return [];
  const selector =
    `input.${className}[data-resource="${address.resourceIndex}"]` +
    `[data-protocol="${address.protocol}"][data-route="${address.routeIndex}"]`;
  return Array.from(root.querySelectorAll<HTMLInputElement>(selector));
}

function show(next: PreviewModel): void {
  if (!root) return;
  const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.id : '';
  model = next;
  root.innerHTML = render(next);
  // Re-rendering replaces the inputs; give focus back so keyboard users keep their place.
  if (focusedId) document.getElementById(focusedId)?.focus();
  const bars = Array.from(root.querySelectorAll('.bar')).map((bar) => bar.getAttribute('aria-label') ?? '');
  vscode.postMessage({
    type: 'rendered',
    uri: next.uri,
    version: next.version,
    text: [root.textContent ?? '', ...bars].join('\n'),
  });
}

function sendWeight(input: HTMLInputElement): void {
  const address = readAddress(input);
  const weight = Number(input.value);
  if (!model || !address || !Number.isInteger(weight) || weight < 0 || weight > 100) return;
  vscode.postMessage({ type: 'setWeight', uri: model.uri, version: model.version, address, weight });
}

/** While a slider moves, show the weights the other destinations will get, without a round trip. */
function previewWeights(input: HTMLInputElement): void {
  const address = readAddress(input);
  if (!address) return;
  const sliders = routeInputs(address, 'weight-slider');
  const numbers = routeInputs(address, 'weight-number');
  const weights = sliders.map((slider) => Number(slider.value));
  const next = setWeightKeepingTotal(weights, address.destinationIndex, Number(input.value));
  next.forEach((weight, i) => {
    const slider = sliders[i];
    const number = numbers[i];
    if (slider && slider !== input) slider.value = String(weight);
    if (number && number !== input) number.value = String(weight);
  });
}

document.addEventListener('input', (event) => {
  const target = event.target;
  if (target instanceof HTMLInputElement && target.classList.contains('weight-slider')) {
    previewWeights(target);
  }
});

document.addEventListener('change', (event) => {
  const target = event.target;
  if (target instanceof HTMLInputElement && target.dataset.destination !== undefined) sendWeight(target);
});

document.addEventListener('pointerdown', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.type === 'range') dragging = true;
});
document.addEventListener('pointerup', () => {
  dragging = false;
  if (pending) {
    const next = pending;
    pending = undefined;
    show(next);
  }
});

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.reveal') : null;
  if (!button || !model) return;
  const address = readAddress(button);
  if (!address) return;
  vscode.postMessage({
    type: 'reveal',
    uri: model.uri,
    address: {
      resourceIndex: address.resourceIndex,
      protocol: address.protocol,
      routeIndex: address.routeIndex,
    },
  });
});

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseExtensionMessage(event.data);
  if (!message) return;
  if (message.type === 'update') {
    // Do not pull the slider out from under the pointer; show the update when it is released.
    if (dragging) pending = message.model;
    else show(message.model);
    return;
  }
  const input = routeInputs(message.address, 'weight-number')[message.address.destinationIndex];
  if (!input) return;
  input.value = String(message.weight);
  input.dispatchEvent(new Event('change', { bubbles: true }));
});

vscode.postMessage({ type: 'ready' });
