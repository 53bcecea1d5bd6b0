// Issue 11 through the command line: `check` exits 1 where Istio cannot route (a Service name cut
// short, a delegate it cannot follow) and 0 once the files say what Istio reads; `split` and
// `simulate` tell the same story.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { captureCli, type CliRun } from './captureCli';

function run(args: string[], cwd: string): CliRun {
  return captureCli(args, { cwd });
}

const SERVICES = `apiVersion: v1
kind: Service
metadata: {name: reviews, namespace: prod}
spec:
  selector: {app: reviews}
  ports: [{port: 9080, name: http}]
---
apiVersion: v1
kind: Service
metadata: {name: shop, namespace: shop}
spec:
  selector: {app: shop}
  ports: [{port: 80, name: http}]
`;

const root = (reviewsHost: string, delegate: string) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: shop, namespace: shop}
spec:
  hosts: [shop]
  http:
  - match:
    - uri: {prefix: /api}
    delegate: {name: ${delegate}}
  - match:
    - withoutHeaders:
        x-canary: {exact: ""}
    route:
    - destination: {host: shop}
      weight: 90
    - destination: {host: ${reviewsHost}}
      weight: 10
    mirror: {host: ${reviewsHost}}
`;

const DELEGATE = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: api, namespace: shop}
spec:
  http:
  - route:
    - destination: {host: shop}
`;

void describe('dotted hosts and delegates on the command line', () => {
  let dir: string;
  const write = (vs: string) => {
    fs.writeFileSync(path.join(dir, 'vs.yaml'), vs);
    fs.writeFileSync(path.join(dir, 'services.yaml'), SERVICES);
    fs.writeFileSync(path.join(dir, 'delegate.yaml'), DELEGATE);
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ic-hosts-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  void it('check exits 1 on a Service name cut short and on a delegate with a typo', () => {
    write(root('reviews.prod', 'apii'));
    const result = run(['check', '--format', 'json', '.'], dir);
    assert.equal(result.code, 1, result.stdout);
    const findings = JSON.parse(result.stdout) as { code: string; severity: string }[];
    assert.deepEqual(
      findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.code}`),
      ['warning delegate-not-found', 'error unexpanded-host', 'error unexpanded-host'],
    );
  });

  void it('split keeps the 90/10 and marks the 10 % that gets 503', () => {
    write(root('reviews.prod', 'api'));
    const result = run(['split', '--format', 'json', 'vs.yaml', 'services.yaml'], dir);
    const [resource] = JSON.parse(result.stdout) as {
      routes: { destinations: { host: string; percent: number; unavailable?: string }[] }[];
    }[];
    assert.deepEqual(
      resource!.routes[1]!.destinations.map((d) => [
        d.host,
        d.percent,
        d.unavailable?.includes('names no Service'),
      ]),
      [
        ['shop', 90, undefined],
        ['reviews.prod', 10, true],
      ],
    );
  });

  void it('check exits 0 once the host is the FQDN and the delegate exists', () => {
    write(root('reviews.prod.svc.cluster.local', 'api'));
    const result = run(['check', '--format', 'json', '.'], dir);
    assert.equal(result.code, 0, result.stdout);
    assert.deepEqual(JSON.parse(result.stdout), []);
  });

  void it('simulate: withoutHeaders {exact: ""} refuses a request without the header', () => {
    write(root('reviews.prod.svc.cluster.local', 'api'));
    const base = ['simulate', '--format', 'json', '--namespace', 'shop', '--host', 'shop', '--uri', '/'];
    const missing = run(base, dir);
    assert.equal(missing.code, 1, missing.stdout);
    assert.equal((JSON.parse(missing.stdout) as { outcome: string }).outcome, 'no-route');
    const present = run([...base, '--header', 'x-canary=1'], dir);
    assert.equal(present.code, 0, present.stdout);
  });
});
