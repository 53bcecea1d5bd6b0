// Request `istioCanary/newCanaryManifests`: the manifests the server writes for the New Canary
// wizard's answers, read back as YAML, checked by every rule of the language service next to the
// scenario's Service and Deployments, and refused with reasons when the answers do not fit.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CanaryAnswers, parseLabels, validateAnswers } from '../../../protocol/src/canaryAnswers';
import type { NewCanaryManifestsResult } from '../../../protocol/src/newCanary';
import { createLanguageService } from '../../../server/src/languageService';
import { yamlScalar } from '../../../server/src/features/codeActions/yamlText';
import { readScenario } from '../../client/preview/splitFixtures';

/** Reads a path out of parsed YAML without `any`: strings are keys, numbers are indexes. */
function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function documentsOf(text: string): unknown[] {
  return parseAllDocuments(text).map((d) => d.toJS() as unknown);
}

function textOf(result: NewCanaryManifestsResult): string {
  assert.ok('text' in result, JSON.stringify(result));
  return result.text;
}

const manifests = (answers: CanaryAnswers): string =>
  textOf(createLanguageService().newCanaryManifests(answers));

const answers: CanaryAnswers = {
  host: 'canary',
  namespace: 'default',
  stableVersion: 'v1',
  canaryVersion: 'v2',
  stableLabels: { app: 'v1' },
  canaryLabels: { app: 'v2' },
  canaryWeight: 10,
};

void describe('newCanaryManifests', () => {
  void it('writes a 90/10 VirtualService and a DestinationRule with both subsets', () => {
    const text = manifests(answers);
    const docs = documentsOf(text);
    assert.equal(docs.length, 2);
    const [vs, dr] = docs;
    assert.equal(at(vs, 'kind'), 'VirtualService');
    assert.deepEqual(at(vs, 'spec', 'hosts'), ['canary.default.svc.cluster.local']);
    assert.deepEqual(at(vs, 'spec', 'http', 0, 'route'), [
      { destination: { host: 'canary.default.svc.cluster.local', subset: 'v1' }, weight: 90 },
      { destination: { host: 'canary.default.svc.cluster.local', subset: 'v2' }, weight: 10 },
    ]);
    assert.equal(at(dr, 'kind'), 'DestinationRule');
    assert.equal(at(dr, 'spec', 'host'), 'canary.default.svc.cluster.local');
    assert.deepEqual(at(dr, 'spec', 'subsets'), [
      { name: 'v1', labels: { app: 'v1' } },
      { name: 'v2', labels: { app: 'v2' } },
    ]);
  });

  void it('adds a Gateway when asked, and binds the VirtualService to it with its hosts', () => {
    const text = manifests({
      ...answers,
      port: 80,
      gateway: { name: 'canary-gateway', create: true, hosts: ['shop.example.com'] },
      hosts: ['shop.example.com'],
    });
    const docs = documentsOf(text);
    assert.deepEqual(
      docs.map((d) => at(d, 'kind')),
      ['VirtualService', 'DestinationRule', 'Gateway'],
    );
    assert.deepEqual(at(docs[0], 'spec', 'gateways'), ['canary-gateway']);
    assert.deepEqual(at(docs[0], 'spec', 'hosts'), ['shop.example.com']);
    assert.equal(at(docs[0], 'spec', 'http', 0, 'route', 0, 'destination', 'port', 'number'), 80);
    assert.deepEqual(at(docs[2], 'spec', 'servers', 0, 'hosts'), ['shop.example.com']);
  });

  void it('quotes scalars YAML would misread', () => {
    assert.equal(yamlScalar('v1'), 'v1');
    assert.equal(yamlScalar('*'), '"*"');
    assert.equal(yamlScalar('true'), '"true"');
    assert.equal(yamlScalar('1.10'), '"1.10"');
    const text = manifests({
      ...answers,
      stableLabels: { version: '1.0' },
      canaryLabels: { version: 'no' },
    });
    const dr = documentsOf(text)[1];
    assert.deepEqual(at(dr, 'spec', 'subsets', 0, 'labels'), { version: '1.0' });
    assert.deepEqual(at(dr, 'spec', 'subsets', 1, 'labels'), { version: 'no' });
  });

  void it('validates answers before writing', () => {
    assert.deepEqual(validateAnswers(answers), []);
    const problems = validateAnswers({
      ...answers,
      host: 'Not A Host',
      canaryVersion: 'v1',
      canaryLabels: { app: 'v1' },
      canaryWeight: 120,
    });
    assert.equal(problems.length, 4, problems.join('\n'));
    assert.deepEqual(parseLabels('app=v1, version: v2'), { app: 'v1', version: 'v2' });
    assert.equal(parseLabels('nonsense'), undefined);
  });
});

void describe('New Canary manifests', () => {
  void it('pass every rule next to the workspace they were made for', () => {
    const service = createLanguageService();
    const files = ['canary-90-10/deployment.yaml', 'canary-90-10/service.yaml', 'canary-90-10/gateway.yaml'];
    for (const name of files) {
      service.setWorkspaceFile(
        service.parse(TextDocument.create(`file:///w/${name}`, 'yaml', 1, readScenario(name))),
      );
    }
    const variants = [
      { gateway: undefined },
      { gateway: { name: 'canary-gateway', create: false, hosts: ['*'] }, hosts: ['*'] },
      {
        gateway: { name: 'shop-gateway', create: true, hosts: ['shop.example.com'] },
        hosts: ['shop.example.com'],
      },
    ];
    for (const variant of variants) {
      const text = textOf(
        service.newCanaryManifests({
          host: 'canary',
          namespace: 'default',
          stableVersion: 'v1',
          canaryVersion: 'v2',
          stableLabels: { app: 'v1' },
          canaryLabels: { app: 'v2' },
          port: 80,
          canaryWeight: 10,
          ...variant,
        }),
      );
      const file = service.parse(
        TextDocument.create('file:///w/canary-90-10/canary-canary.yaml', 'yaml', 1, text),
      );
      service.setWorkspaceFile(file);
      const diagnostics = service.diagnose(file).filter((d) => d.severity === 1 || d.severity === 2);
      assert.deepEqual(
        diagnostics.map(
          (d) =>
            `${d.range.start.line + 1}: ${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`,
        ),
        [],
        `${JSON.stringify(variant)}\n${text}`,
      );
      const split = service.trafficSplit(file);
      assert.deepEqual(
        split[0]?.routes[0]?.destinations.map((d) => [d.subset, d.percent]),
        [
          ['v1', 90],
          ['v2', 10],
        ],
      );
      service.removeWorkspaceFile(file.uri);
    }
  });
});

void describe('newCanaryManifests hosts and refusals', () => {
  void it('keeps a host with dots as written and qualifies a short one in the namespace', () => {
    const vs = (host: string) =>
      at(documentsOf(manifests({ ...answers, host, namespace: 'shop' }))[0], 'spec', 'hosts');
    assert.deepEqual(vs('reviews'), ['reviews.shop.svc.cluster.local']);
    assert.deepEqual(vs('reviews.other'), ['reviews.other']);
    assert.deepEqual(vs('api.example.com'), ['api.example.com']);
  });

  void it('answers problems instead of text for answers that do not fit', () => {
    const result = createLanguageService().newCanaryManifests({
      ...answers,
      canaryVersion: 'v1',
      canaryWeight: 120,
    });
    assert.ok('problems' in result);
    assert.deepEqual(result.problems, [
      'The stable and canary versions must differ.',
      'The canary weight must be a whole number from 0 to 100.',
    ]);
  });
});

// The HTTPRoute choice: generated, then checked by every rule next to the Gateway API scenario
// (Services reviews, reviews-v1, reviews-v2 and Gateway shop-gateway in namespace shop) plus a
// Gateway with two listeners and one in another namespace; 0 errors and 0 warnings, and the split
// reads back as the answers asked.
const EXTRA_GATEWAYS = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: shop}
spec:
  gatewayClassName: istio
  listeners:
  - {name: web, port: 80, protocol: HTTP, hostname: "*.example.com"}
  - {name: admin, port: 8080, protocol: HTTP, hostname: admin.example.com}
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: public, namespace: ingress}
spec:
  gatewayClassName: istio
  listeners:
  - name: http
    port: 80
    protocol: HTTP
    allowedRoutes: {namespaces: {from: All}}
`;

function gatewayApiWorkspace() {
  const service = createLanguageService();
  for (const name of ['gateway-api/gateway.yaml', 'gateway-api/services.yaml']) {
    service.setWorkspaceFile(
      service.parse(TextDocument.create(`file:///w/${name}`, 'yaml', 1, readScenario(name))),
    );
  }
  service.setWorkspaceFile(
    service.parse(TextDocument.create('file:///w/gateway-api/edge.yaml', 'yaml', 1, EXTRA_GATEWAYS)),
  );
  return service;
}

const routeAnswers = (host: string, httpRoute: CanaryAnswers['httpRoute']): CanaryAnswers => ({
  host,
  namespace: 'shop',
  stableVersion: 'v1',
  canaryVersion: 'v2',
  stableLabels: { version: 'v1' },
  canaryLabels: { version: 'v2' },
  port: 9080,
  canaryWeight: 10,
  ...(httpRoute ? { httpRoute } : {}),
});

void describe('New Canary as an HTTPRoute', () => {
  const rows: {
    name: string;
    answers: CanaryAnswers;
    kinds: string[];
    parentRef: unknown;
    hostnames?: unknown;
  }[] = [
    {
      name: 'mesh: attached to the existing Service, existing version Services reused',
      answers: routeAnswers('reviews', {
        parent: { kind: 'Service' },
        hostnames: [],
        selector: { app: 'reviews' },
      }),
      kinds: ['HTTPRoute'],
      parentRef: { group: '', kind: 'Service', name: 'reviews', port: 9080 },
    },
    {
      name: 'mesh: a new service gets its Service and one per version',
      answers: routeAnswers('ratings', {
        parent: { kind: 'Service' },
        hostnames: [],
        selector: { app: 'ratings' },
      }),
      kinds: ['HTTPRoute', 'Service', 'Service', 'Service'],
      parentRef: { group: '', kind: 'Service', name: 'ratings', port: 9080 },
    },
    {
      name: 'north-south: a Gateway with one listener, hostnames under its wildcard',
      answers: routeAnswers('ratings', {
        parent: { kind: 'Gateway', name: 'shop-gateway', namespace: 'shop' },
        hostnames: ['ratings.example.com'],
        selector: { app: 'ratings' },
      }),
      kinds: ['HTTPRoute', 'Service', 'Service'],
      parentRef: { name: 'shop-gateway' },
      hostnames: ['ratings.example.com'],
    },
    {
      name: 'north-south: a Gateway with several listeners gets a sectionName',
      answers: routeAnswers('ratings', {
        parent: { kind: 'Gateway', name: 'edge', namespace: 'shop', sectionName: 'admin' },
        hostnames: ['admin.example.com'],
        selector: { app: 'ratings' },
      }),
      kinds: ['HTTPRoute', 'Service', 'Service'],
      parentRef: { name: 'edge', sectionName: 'admin' },
      hostnames: ['admin.example.com'],
    },
    {
      name: 'north-south: a Gateway in another namespace is named with its namespace',
      answers: routeAnswers('ratings', {
        parent: { kind: 'Gateway', name: 'public', namespace: 'ingress' },
        hostnames: [],
        selector: { app: 'ratings' },
      }),
      kinds: ['HTTPRoute', 'Service', 'Service'],
      parentRef: { name: 'public', namespace: 'ingress' },
    },
  ];
  for (const row of rows) {
    void it(row.name, () => {
      const service = gatewayApiWorkspace();
      const text = textOf(service.newCanaryManifests(row.answers));
      const docs = documentsOf(text);
      assert.deepEqual(
        docs.map((d) => at(d, 'kind')),
        row.kinds,
        text,
      );
      assert.deepEqual(at(docs[0], 'spec', 'parentRefs', 0), row.parentRef);
      assert.deepEqual(at(docs[0], 'spec', 'hostnames'), row.hostnames);
      const file = service.parse(
        TextDocument.create(`file:///w/gateway-api/${row.answers.host}-canary.yaml`, 'yaml', 1, text),
      );
      service.setWorkspaceFile(file);
      const findings = service
        .diagnose(file)
        .filter((d) => d.severity === 1 || d.severity === 2)
        .map(
          (d) =>
            `${d.range.start.line + 1}: ${String(d.code)} ${typeof d.message === 'string' ? d.message : d.message.value}`,
        );
      assert.deepEqual(findings, [], text);
      const split = service.trafficSplit(file);
      assert.deepEqual(
        split[0]?.routes[0]?.destinations.map((d) => [d.host, d.percent]),
        [
          [`${row.answers.host}-v1`, 90],
          [`${row.answers.host}-v2`, 10],
        ],
      );
    });
  }

  void it('gives each version Service the shared selector plus its own labels', () => {
    const text = textOf(
      gatewayApiWorkspace().newCanaryManifests(
        routeAnswers('ratings', { parent: { kind: 'Service' }, hostnames: [], selector: { app: 'ratings' } }),
      ),
    );
    const services = documentsOf(text).slice(1);
    assert.deepEqual(
      services.map((s) => [
        at(s, 'metadata', 'name'),
        at(s, 'spec', 'selector'),
        at(s, 'spec', 'ports', 0, 'port'),
      ]),
      [
        ['ratings', { app: 'ratings' }, 9080],
        ['ratings-v1', { app: 'ratings', version: 'v1' }, 9080],
        ['ratings-v2', { app: 'ratings', version: 'v2' }, 9080],
      ],
    );
  });

  void it('refuses answers an HTTPRoute cannot take', () => {
    const result = createLanguageService().newCanaryManifests({
      ...routeAnswers('ratings', { parent: { kind: 'Service' }, hostnames: ['x.example.com'], selector: {} }),
      stableVersion: 'a'.repeat(60),
      gateway: { name: 'istio-gw', create: false, hosts: ['*'] },
    });
    assert.ok('problems' in result);
    assert.deepEqual(result.problems, [
      'An HTTPRoute attaches to a Gateway API Gateway, not an Istio Gateway.',
      'A route attached to a Service takes its host from the Service: it has no hostnames.',
      `"ratings-${'a'.repeat(60)}" is too long for a Service name (63 characters).`,
    ]);
  });
});
