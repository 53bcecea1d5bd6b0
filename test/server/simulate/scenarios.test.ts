// Whole-scenario simulations over the reference workspaces in test/fixtures/scenarios, read from
// disk as a user keeps them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { type SimulatedRequest } from '../../../protocol/src/protocol';
import { renderSimulationText } from '../../../server/src/features/simulate';
import { simulateInWorkspace } from '../../support/simulateWorkspace';

const scenarios = resolve(__dirname, '../../../../test/fixtures/scenarios');

function workspace(name: string): { uri: string; text: string }[] {
  const folder = join(scenarios, name);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ uri: `${name}/${file}`, text: readFileSync(join(folder, file), 'utf8') }));
}

interface Row {
  description: string;
  request: SimulatedRequest;
  virtualService?: string;
  /** `host subset percent` per destination. */
  destinations: string[];
}

function check(scenario: string, rows: Row[]): void {
  void describe(scenario, () => {
    const files = workspace(scenario);
    for (const row of rows) {
      void test(row.description, () => {
        const { result, markdown } = simulateInWorkspace(files, { request: row.request });
        const text = renderSimulationText(result);
        assert.equal(result.winner?.virtualService, row.virtualService, text);
        assert.deepEqual(
          result.destinations.map((d) => `${d.host} ${d.subset ?? '-'} ${d.percent}`),
          row.destinations,
          text,
        );
        assert.ok(markdown.startsWith('# Istio Canary: request simulation'));
      });
    }
  });
}

check('canary-90-10', [
  {
    description: 'end-user: jason goes to reviews v2',
    request: { host: 'reviews', headers: { 'end-user': 'jason' } },
    virtualService: 'default/reviews',
    destinations: ['reviews v2 100'],
  },
  {
    description: 'header names are case-insensitive',
    request: { host: 'reviews.default.svc.cluster.local:9080', headers: { 'End-User': 'jason' } },
    virtualService: 'default/reviews',
    destinations: ['reviews v2 100'],
  },
  {
    description: 'anyone else goes to reviews v3',
    request: { host: 'reviews', headers: { 'end-user': 'mary' } },
    virtualService: 'default/reviews',
    destinations: ['reviews v3 100'],
  },
  {
    description: 'bookinfo.com /ratings/1 goes to ratings',
    request: { host: 'bookinfo.com', uri: '/ratings/1' },
    virtualService: 'default/bookinfo',
    destinations: ['ratings - 100'],
  },
  {
    description: 'bookinfo.com /reviews goes to reviews',
    request: { host: 'bookinfo.com', uri: '/reviews?page=2' },
    virtualService: 'default/bookinfo',
    destinations: ['reviews - 100'],
  },
  {
    description: 'bookinfo.com / matches no route',
    request: { host: 'bookinfo.com', uri: '/' },
    destinations: [],
  },
  {
    description: 'any host through canary-gateway splits 90/10',
    request: { host: 'canary.example.com', gateway: 'canary-gateway' },
    virtualService: 'default/canary',
    destinations: ['canary.default.svc.cluster.local v1 90', 'canary.default.svc.cluster.local v2 10'],
  },
  {
    description: 'canary-gateway named with its namespace',
    request: { host: '203.0.113.7', gateway: 'default/canary-gateway', uri: '/index.html' },
    virtualService: 'default/canary',
    destinations: ['canary.default.svc.cluster.local v1 90', 'canary.default.svc.cluster.local v2 10'],
  },
  {
    description: 'the canary VirtualService is not bound to the mesh',
    request: { host: 'canary' },
    destinations: [],
  },
]);

check('weather-forecast', [
  {
    description: 'frontend through the istio-system gateway',
    request: { host: 'weather.example.com', gateway: 'istio-system/weather-gateway' },
    virtualService: 'default/frontend-route',
    destinations: ['frontend v1 100'],
  },
  {
    description: 'the first version of forecast-route (files read in sorted order) sends everything to v1',
    request: { host: 'forecast' },
    virtualService: 'default/forecast-route',
    destinations: ['forecast v1 100'],
  },
  {
    description: 'advertisement in the mesh',
    request: { host: 'advertisement.default.svc.cluster.local' },
    virtualService: 'default/advertisement-route',
    destinations: ['advertisement v1 100'],
  },
]);

void test('weather-forecast: each forecast step on its own', () => {
  const files = workspace('weather-forecast');
  const step = (file: string) =>
    simulateInWorkspace(
      files.filter((f) => f.uri.endsWith(file)),
      { request: { host: 'forecast' } },
    ).result.destinations.map((d) => `${d.subset} ${d.percent}`);
  assert.deepEqual(step('vs-forecast-weight-based-50.yaml'), ['v1 50', 'v2 50']);
  assert.deepEqual(step('vs-forecast-weight-based-v2.yaml'), ['v2 100']);
  const all = simulateInWorkspace(files, { request: { host: 'forecast' } }).result;
  assert.ok(
    all.notes.some((note) => note.startsWith('default/forecast-route is defined 3 times')),
    all.notes.join('\n'),
  );
});
