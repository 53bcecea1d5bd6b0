// A route an Argo Rollout or Flagger steps, in every view the server answers: the split carries
// the owner and its step plan, the CodeLens names the controller instead of offering Promote /
// Roll back, no promotion code action is offered, and `canaryStep` refuses with the reason and
// edits nothing. Data: the controller scenarios (test/fixtures/controller-scenarios).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { serviceWith } from '../../support/service';

const SCENARIOS = path.resolve(__dirname, '../../../../test/fixtures/controller-scenarios');
const read = (relative: string) => readFileSync(path.join(SCENARIOS, relative), 'utf8');

function argo() {
  const routing = read('argo-rollouts/routing.yaml');
  const { service, files } = serviceWith({
    '/shop/rollout.yaml': read('argo-rollouts/rollout.yaml'),
    '/shop/routing.yaml': routing,
  });
  const file = files.get('/shop/routing.yaml')!;
  const at = file.document.positionAt(routing.indexOf('weight: 100') + 'weight: '.length);
  return { service, file, at };
}

describe('controller-owned routes', () => {
  it('split: the owner and its step plan beside the resting split', () => {
    const { service, file } = argo();
    const [vs] = service.trafficSplit(file).filter((r) => r.kind === 'VirtualService');
    const route = vs!.routes[0]!;
    assert.deepEqual(
      route.destinations.map((d) => d.percent),
      [100, 0],
    );
    assert.equal(route.owner?.statement, 'Argo Rollout `reviews` steps these weights');
    assert.equal(route.owner?.uri, 'file:///shop/rollout.yaml');
    assert.equal(route.owner?.range.start.line, 6);
    assert.deepEqual(
      route.owner?.plan.steps.map((s) => s.text),
      ['10 %', 'pause 10m', '30 %', 'pause 10m', '60 %', 'pause until promoted', '100 %'],
    );
  });

  it('CodeLens: the split and the controller, no Promote / Roll back', () => {
    const { service, file } = argo();
    const titles = service.codeLenses(file).map((l) => l.command?.title);
    assert.deepEqual(titles, [
      '$(cloud-upload) Apply Canary',
      'stable 100% · canary 0%',
      '$(sync) Argo Rollout `reviews` steps these weights: 10 % → pause 10m → 30 % → pause 10m → 60 % → pause until promoted → 100 %',
    ]);
  });

  it('no Promote / Roll back code action on the route', () => {
    const { service, file, at } = argo();
    assert.deepEqual(service.promotionCodeActions(file, { start: at, end: at }, {}), []);
  });

  for (const action of ['promote', 'rollback'] as const)
    it(`canaryStep ${action}: refused with what to run instead, nothing edited`, () => {
      const { service, file, at } = argo();
      assert.deepEqual(service.canaryStep(file, { action, uri: file.uri, position: at, stables: {} }), {
        ok: false,
        reason:
          'Argo Rollout `reviews` steps these weights: promote with `kubectl argo rollouts promote reviews -n shop`, roll back with `kubectl argo rollouts abort reviews -n shop`. Nothing was changed.',
      });
    });

  it('the same route without its Rollout is the user’s again', () => {
    const routing = read('argo-rollouts/routing.yaml');
    const { service, files } = serviceWith({ '/shop/routing.yaml': routing });
    const file = files.get('/shop/routing.yaml')!;
    const at = file.document.positionAt(routing.indexOf('weight: 0') + 'weight: '.length);
    const [vs] = service.trafficSplit(file).filter((r) => r.kind === 'VirtualService');
    assert.equal(vs!.routes[0]!.owner, undefined);
    assert.deepEqual(
      service.codeLenses(file).map((l) => l.command?.title),
      ['$(cloud-upload) Apply Canary', 'stable 100% · canary 0%', 'Promote', 'Roll back'],
    );
    const step = service.canaryStep(file, { action: 'promote', uri: file.uri, position: at, stables: {} });
    assert.equal(step?.ok, true);
  });
});
