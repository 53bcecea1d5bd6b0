// 2,000 files (500 services, each with a VirtualService, a DestinationRule, a Service and two
// Deployments in files of their own, plus shared Gateways) index and diagnose with exactly the
// findings planted in them. How long it takes is measured by `npm run bench` (per-rule times
// and the scaling table), never asserted here.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService, type SourceFile } from '../../../../server/src/languageService';

function serviceFiles(i: number): Record<string, string> {
  const name = `svc-${i}`;
  const ns = `team-${i % 20}`;
  const deployment = (version: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}-${version}
  namespace: ${ns}
spec:
  selector:
    matchLabels:
      app: ${name}
      version: ${version}
  template:
    metadata:
      labels:
        app: ${name}
        version: ${version}
    spec:
      containers:
      - name: app
        image: example/${name}:${version}
`;
  return {
    [`/ws/${ns}/${name}/virtual-service.yaml`]: `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  hosts:
  - ${name}
  gateways:
  - istio-system/gateway-${i % 10}
  - mesh
  http:
  - match:
    - headers:
        end-user:
          exact: tester
    route:
    - destination:
        host: ${name}
        subset: v2
  - route:
    - destination:
        host: ${name}.${ns}.svc.cluster.local
        subset: v1
      weight: 90
    - destination:
        host: ${name}
        subset: ${i % 50 === 0 ? 'v3' : 'v2'}
      weight: 10
`,
    [`/ws/${ns}/${name}/destination-rule.yaml`]: `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  host: ${name}
  subsets:
  - name: v1
    labels:
      version: v1
  - name: v2
    labels:
      version: v2
`,
    [`/ws/${ns}/${name}/service.yaml`]: `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    app: ${name}
  ports:
  - port: 8080
    name: http
`,
    [`/ws/${ns}/${name}/deployments.yaml`]: `${deployment('v1')}---\n${deployment('v2')}`,
  };
}

function gatewayFile(i: number): string {
  return `apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: gateway-${i}
  namespace: istio-system
spec:
  selector:
    istio: ingressgateway-${i}
  servers:
  - port:
      number: 80
      name: http
      protocol: HTTP
    hosts:
    - "*/*"
`;
}

describe('performance', () => {
  it('indexes and diagnoses 2,000 files', () => {
    const texts: Record<string, string> = {};
    for (let i = 0; i < 10; i++) texts[`/ws/istio-system/gateway-${i}.yaml`] = gatewayFile(i);
    for (let i = 0; i < 498; i++) Object.assign(texts, serviceFiles(i));
    assert.equal(Object.keys(texts).length, 2002);
    const service = createLanguageService({
      log: (m) => {
        throw new Error(m);
      },
    });
    const files: SourceFile[] = [];
    for (const [path, text] of Object.entries(texts)) {
      const file = service.parse(TextDocument.create(`file://${path}`, 'yaml', 1, text));
      service.setWorkspaceFile(file);
      files.push(file);
    }
    const codes = new Map<string, number>();
    for (const file of files)
      for (const d of service.diagnose(file)) codes.set(String(d.code), (codes.get(String(d.code)) ?? 0) + 1);
    // Every 50th service routes to an undefined subset v3; nothing else is wrong.
    assert.deepEqual(Object.fromEntries(codes), { 'subset-not-found': 10 });
  });
});
