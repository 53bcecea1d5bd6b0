// The cluster snapshot stage of `npm run bench`: a snapshot of 5,000 live objects as kubectl
// prints them (one `get -o json` list per kind), read (parseList) and indexed (the language
// service lays a workspace file over it, builds the lookup and checks the file). kubectl's own
// time is not included: this is the part that runs in our process. Bundled by bench/lib/snapshot.mjs; also run by test/cluster/snapshotBench.test.ts.
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClusterSnapshot, LiveObject } from '../../../protocol/src/cluster';
import { parseList, SNAPSHOT_KINDS } from '../../../server/src/cluster/readSnapshot';
import { createLanguageService } from '../../../server/src/languageService';

/** kubectl's stdout per kind: `count` objects spread over 50 namespaces. */
export function kubectlOutputs(total: number): { kind: (typeof SNAPSHOT_KINDS)[number]; stdout: string }[] {
  const share: Record<string, number> = {
    Service: 0.15,
    Pod: 0.25,
    Deployment: 0.15,
    VirtualService: 0.15,
    DestinationRule: 0.15,
    Gateway: 0.05,
    ServiceEntry: 0.1,
  };
  const out = [];
  for (const kind of SNAPSHOT_KINDS) {
    const n = kind.group === 'gateway.networking.k8s.io' ? 0 : Math.round(total * (share[kind.kind] ?? 0));
    const items: LiveObject[] = [];
    for (let i = 0; i < n; i++) items.push(object(kind.kind, i));
    out.push({ kind, stdout: JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 4) });
  }
  return out;
}

function object(kind: string, i: number): LiveObject {
  const namespace = `ns-${i % 50}`;
  const app = `app-${i}`;
  const metadata = {
    name: app,
    namespace,
    uid: `uid-${kind}-${i}`,
    resourceVersion: String(1000 + i),
    labels: { app },
    managedFields: [{ manager: 'kubectl', operation: 'Apply', fieldsV1: { 'f:spec': {} } }],
    annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"spec":{}}' },
  };
  switch (kind) {
    case 'Service':
      return {
        apiVersion: 'v1',
        kind,
        metadata,
        spec: { selector: { app }, ports: [{ name: 'http', port: 8080 }] },
      };
    case 'Pod':
      return {
        apiVersion: 'v1',
        kind,
        metadata: { ...metadata, labels: { app: `app-${i % 750}`, version: i % 2 ? 'v2' : 'v1' } },
        spec: { containers: [{ name: 'app', image: 'example/app:1' }] },
        status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] },
      };
    case 'Deployment':
      return {
        apiVersion: 'apps/v1',
        kind,
        metadata,
        spec: { replicas: 2, template: { metadata: { labels: { app, version: 'v1' } }, spec: {} } },
        status: { readyReplicas: 2 },
      };
    case 'VirtualService':
      return {
        apiVersion: 'networking.istio.io/v1',
        kind,
        metadata,
        spec: {
          hosts: [app],
          gateways: ['mesh'],
          http: [
            {
              route: [
                { destination: { host: app, subset: 'v1' }, weight: 90 },
                { destination: { host: app, subset: 'v2' }, weight: 10 },
              ],
            },
          ],
        },
      };
    case 'DestinationRule':
      return {
        apiVersion: 'networking.istio.io/v1',
        kind,
        metadata,
        spec: { host: app, subsets: ['v1', 'v2'].map((name) => ({ name, labels: { version: name } })) },
      };
    case 'Gateway':
      return {
        apiVersion: 'networking.istio.io/v1',
        kind,
        metadata,
        spec: {
          selector: { istio: 'ingressgateway' },
          servers: [{ port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: [`${app}.example.com`] }],
        },
      };
    default:
      return {
        apiVersion: 'networking.istio.io/v1',
        kind,
        metadata,
        spec: {
          hosts: [`${app}.external.example`],
          ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }],
          resolution: 'DNS',
        },
      };
  }
}

const FILE = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: app-3
  namespace: ns-3
spec:
  hosts:
  - app-3
  gateways:
  - app-153
  http:
  - route:
    - destination:
        host: app-3
        subset: v1
      weight: 50
    - destination:
        host: app-3
        subset: v2
      weight: 50
`;

/**
 * Per run (read + index + check one file): wall-clock milliseconds, and the CPU time this process
 * spent (user + system), which is "our own time" on a machine other processes share; and what
 * the last run found.
 */
export function measure(
  total: number,
  runs: number,
): { runs: number[]; cpuRuns: number[]; objects: number; diagnostics: string[] } {
  const outputs = kubectlOutputs(total);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let objects = 0;
  let diagnostics: string[] = [];
  for (let r = 0; r < runs; r++) {
    const service = createLanguageService();
    const file = service.parse(TextDocument.create('file:///bench/vs.yaml', 'yaml', 1, FILE));
    service.setWorkspaceFile(file);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const snapshot: ClusterSnapshot = {
      context: 'bench',
      readAt: Date.now(),
      objects: outputs.flatMap((o) => parseList(o.stdout, o.kind)),
      unread: [],
    };
    service.setClusterSnapshot(snapshot);
    service.workspace.lookup(service.settings.defaultNamespace);
    const found = service.diagnose(file);
    times.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    objects = snapshot.objects.length;
    diagnostics = found.map(
      (d) => `${String(d.code)}: ${typeof d.message === 'string' ? d.message : d.message.value}`,
    );
  }
  return { runs: times, cpuRuns: cpuTimes, objects, diagnostics };
}
