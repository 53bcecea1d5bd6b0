// Navigation across an Argo Rollout and what it names, as a table: for a cursor placed on a
// marker in the argo-rollouts scenario, the definitions, the references, and the files after a
// rename. Rename of an http route updates the Rollout's `routes`; of a subset, its
// canarySubsetName / stableSubsetName; and the other way round.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyWorkspaceEdit, cursorOf, renderLocations, workspace } from './workspaceFixture';

const SCENARIO = path.resolve(__dirname, '../../../../test/fixtures/controller-scenarios/argo-rollouts');
const ROLLOUT = fs.readFileSync(path.join(SCENARIO, 'rollout.yaml'), 'utf8');
const ROUTING = fs.readFileSync(path.join(SCENARIO, 'routing.yaml'), 'utf8');

/** The scenario with `$0` after the first character of `marker` in `file`. */
function at(file: 'rollout' | 'routing', marker: string) {
  const text = file === 'rollout' ? ROLLOUT : ROUTING;
  const index = text.indexOf(marker);
  assert.ok(index >= 0, `marker ${marker} not found`);
  const marked = text.slice(0, index + 1) + '$0' + text.slice(index + 1);
  return workspace(
    new Map([
      ['/shop/rollout.yaml', file === 'rollout' ? marked : ROLLOUT],
      ['/shop/routing.yaml', file === 'routing' ? marked : ROUTING],
    ]),
  );
}

interface Case {
  name: string;
  file: 'rollout' | 'routing';
  marker: string;
  definitions: string[];
  references: string[];
}

const cases: Case[] = [
  {
    name: 'Rollout route name → the VirtualService http route',
    file: 'rollout',
    marker: 'primary\n',
    definitions: ['/shop/routing.yaml:38:11 primary'],
    references: ['/shop/rollout.yaml:32:15 primary', '/shop/routing.yaml:38:11 primary'],
  },
  {
    name: 'VirtualService http route name → itself, and the Rollout naming it',
    file: 'routing',
    marker: 'primary',
    definitions: ['/shop/routing.yaml:38:11 primary'],
    references: ['/shop/rollout.yaml:32:15 primary', '/shop/routing.yaml:38:11 primary'],
  },
  {
    name: 'Rollout VirtualService name → the VirtualService',
    file: 'rollout',
    marker: 'reviews\n            routes',
    definitions: ['/shop/routing.yaml:32:9 reviews'],
    references: ['/shop/rollout.yaml:30:19 reviews', '/shop/routing.yaml:32:9 reviews'],
  },
  {
    name: 'Rollout DestinationRule name → the DestinationRule',
    file: 'rollout',
    marker: 'reviews\n            canarySubsetName',
    definitions: ['/shop/routing.yaml:17:9 reviews'],
    references: ['/shop/rollout.yaml:34:19 reviews', '/shop/routing.yaml:17:9 reviews'],
  },
  {
    name: 'canarySubsetName → the subset, and every reference',
    file: 'rollout',
    marker: 'canary\n            stableSubsetName',
    definitions: ['/shop/routing.yaml:25:11 canary'],
    references: [
      '/shop/rollout.yaml:35:31 canary',
      '/shop/routing.yaml:25:11 canary',
      '/shop/routing.yaml:46:17 canary',
    ],
  },
  {
    name: 'a subset of the DestinationRule → also the Rollout’s stableSubsetName',
    file: 'routing',
    marker: 'stable\n    labels',
    definitions: ['/shop/routing.yaml:22:11 stable'],
    references: [
      '/shop/rollout.yaml:36:31 stable',
      '/shop/routing.yaml:22:11 stable',
      '/shop/routing.yaml:42:17 stable',
    ],
  },
];

describe('Rollout navigation', () => {
  for (const c of cases)
    it(c.name, () => {
      const ws = at(c.file, c.marker);
      const cursor = cursorOf(ws);
      assert.deepEqual(
        renderLocations(ws, ws.service.findDefinition(cursor.file, cursor.position)),
        c.definitions,
      );
      assert.deepEqual(
        renderLocations(ws, ws.service.findReferences(cursor.file, cursor.position, true)),
        c.references,
      );
    });

  const renames: {
    name: string;
    file: 'rollout' | 'routing';
    marker: string;
    to: string;
    changed: string[];
  }[] = [
    {
      name: 'an http route: the VirtualService and the Rollout’s routes',
      file: 'routing',
      marker: 'primary',
      to: 'main',
      changed: ['/shop/rollout.yaml:            - main', '/shop/routing.yaml:  - name: main'],
    },
    {
      name: 'a subset: the DestinationRule, the VirtualService and canarySubsetName',
      file: 'routing',
      marker: 'canary\n    labels',
      to: 'preview',
      changed: [
        '/shop/rollout.yaml:            canarySubsetName: preview',
        '/shop/routing.yaml:        subset: preview',
        '/shop/routing.yaml:  - name: preview',
      ],
    },
    {
      name: 'the VirtualService from the Rollout',
      file: 'rollout',
      marker: 'reviews\n            routes',
      to: 'reviews-vs',
      changed: ['/shop/rollout.yaml:            name: reviews-vs', '/shop/routing.yaml:  name: reviews-vs'],
    },
    {
      name: 'the VirtualService from its metadata.name: the Rollout’s virtualService.name',
      file: 'routing',
      marker: 'reviews\n  namespace: shop\nspec:\n  hosts',
      to: 'reviews-vs',
      changed: ['/shop/rollout.yaml:            name: reviews-vs', '/shop/routing.yaml:  name: reviews-vs'],
    },
  ];
  for (const r of renames)
    it(`rename ${r.name}`, () => {
      const ws = at(r.file, r.marker);
      const cursor = cursorOf(ws);
      const result = ws.service.rename(cursor.file, cursor.position, r.to);
      assert.ok('edit' in result, JSON.stringify(result));
      const after = applyWorkspaceEdit(ws, result.edit);
      const changed: string[] = [];
      for (const [file, text] of after) {
        const before = ws.texts.get(file)!.split('\n');
        text.split('\n').forEach((line, i) => {
          if (line !== before[i]) changed.push(`${file}:${line}`);
        });
      }
      assert.deepEqual(changed.sort(), r.changed);
    });

  it('refuses a route name that clashes or is not a plain token', () => {
    const ws = at('routing', 'primary');
    const cursor = cursorOf(ws);
    assert.match(
      JSON.stringify(ws.service.rename(cursor.file, cursor.position, 'two words')),
      /not a usable route name/,
    );
    const twoRoutes = ROUTING.replace(
      '  - name: primary\n',
      '  - name: header\n    match: [{headers: {x: {exact: "1"}}}]\n    route: [{destination: {host: reviews}}]\n  - name: primary\n',
    );
    const ws2 = workspace(
      new Map([
        ['/shop/rollout.yaml', ROLLOUT],
        ['/shop/routing.yaml', twoRoutes.replace('name: primary', 'name: p$0rimary')],
      ]),
    );
    const c2 = cursorOf(ws2);
    assert.deepEqual(ws2.service.rename(c2.file, c2.position, 'header'), {
      error: 'VirtualService shop/reviews already has an http route "header".',
    });
  });
});
