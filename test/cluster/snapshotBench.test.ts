// The bench's snapshot stage measures the right thing: 5,000 objects as kubectl prints them all
// arrive in the index, and the check of a file over them resolves live references (no timing
// is asserted here; the figure is in `npm run bench`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { measure } from '../support/cluster/snapshotBench';

void test('the snapshot bench reads all 5,000 objects and checks a file over them', () => {
  const result = measure(5000, 1);
  assert.equal(result.objects, 5000);
  assert.equal(result.runs.length, 1);
  // The file routes 50/50 and names a live Gateway (app-153 in ns-3), which resolves: its
  // servers and the drift from the live VirtualService are judged.
  assert.deepEqual(result.diagnostics, [
    'differs-from-cluster: Differs from context bench at `spec.gateways[0]`: live "mesh", file "app-153". Diff Against Cluster shows everything that would change.',
    "gateway-host-mismatch: Gateway ns-3/app-153 serves none of this VirtualService's hosts (app-3); its servers accept app-153.example.com. Add the host to the Gateway's servers or change `hosts`.",
  ]);
});
