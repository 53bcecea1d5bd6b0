// The generated schemas carry the real CRD structure, and the schemaAt helpers find kinds, walk
// paths through objects, arrays and maps, and return our documentation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  KNOWN_KINDS,
  describeFieldType,
  docFor,
  docPrefixOf,
  enumDoc,
  fieldAt,
  findGroupKindSchema,
  findKindSchema,
  guessKindSchema,
  isKnownGroup,
  kindSchemasNamed,
  knownApiVersionsFor,
  manifestSchema,
  type FieldSchema,
  type KindSchema,
} from '../../../server/src/schema/schemaAt';

function kindSchema(apiVersion: string, kind: string): KindSchema {
  const schema = findKindSchema(apiVersion, kind);
  assert.ok(schema, `${apiVersion} ${kind} should be known`);
  return schema;
}

function specField(apiVersion: string, kind: string, path: readonly (string | number)[]): FieldSchema {
  const field = fieldAt(kindSchema(apiVersion, kind).spec, path);
  assert.ok(field, `${kind} spec.${path.join('.')} should exist`);
  return field;
}

const VS = 'networking.istio.io/v1';

void describe('generated schema structure', () => {
  void it('has the five kinds with their served versions', () => {
    assert.deepEqual([...KNOWN_KINDS].sort(), [
      'AppDeployment',
      'Canary',
      'DestinationRule',
      'GRPCRoute',
      'Gateway',
      'GatewayClass',
      'HTTPRoute',
      'ReferenceGrant',
      'Rollout',
      'ServiceEntry',
      'VirtualService',
    ]);
    const vs = kindSchema(VS, 'VirtualService');
    assert.deepEqual(vs.versions, ['v1', 'v1alpha3', 'v1beta1']);
    assert.equal(vs.storageVersion, 'v1');
  });

  void it('VirtualService route weight is an integer and destination.host is required', () => {
    assert.equal(specField(VS, 'VirtualService', ['http', 0, 'route', 1, 'weight']).type, 'integer');
    const destination = specField(VS, 'VirtualService', ['http', 0, 'route', 0, 'destination']);
    assert.equal(destination.type, 'object');
    assert.ok(destination.required?.includes('host'));
    assert.equal(
      specField(VS, 'VirtualService', ['http', 0, 'route', 0, 'destination', 'host']).type,
      'string',
    );
  });

  void it('VirtualService string matchers are oneOf exact/prefix/regex and share one docKey', () => {
    const uri = specField(VS, 'VirtualService', ['http', 0, 'match', 0, 'uri']);
    assert.deepEqual(uri.oneOf, [['exact', 'prefix', 'regex']]);
    const headerExact = specField(VS, 'VirtualService', [
      'http',
      0,
      'match',
      0,
      'headers',
      'x-canary',
      'exact',
    ]);
    const methodExact = specField(VS, 'VirtualService', ['http', 0, 'match', 0, 'method', 'exact']);
    assert.equal(headerExact.docKey, 'VirtualService.http.match.uri.exact');
    assert.equal(methodExact.docKey, headerExact.docKey);
    // The matcher fields themselves keep their own docs.
    assert.notEqual(specField(VS, 'VirtualService', ['http', 0, 'match', 0, 'method']).docKey, uri.docKey);
  });

  void it('DestinationRule subsets need a name, and traffic policies share docs wherever they appear', () => {
    const subset = specField(VS, 'DestinationRule', ['subsets', 0]);
    assert.ok(subset.required?.includes('name'));
    assert.ok(kindSchema(VS, 'DestinationRule').spec.required?.includes('host'));
    const topLevel = specField(VS, 'DestinationRule', ['trafficPolicy', 'loadBalancer', 'simple']);
    assert.ok(topLevel.enum?.includes('ROUND_ROBIN'));
    assert.ok(topLevel.enum?.includes('LEAST_REQUEST'));
    const inSubset = specField(VS, 'DestinationRule', [
      'subsets',
      2,
      'trafficPolicy',
      'loadBalancer',
      'simple',
    ]);
    const perPort = specField(VS, 'DestinationRule', [
      'subsets',
      0,
      'trafficPolicy',
      'portLevelSettings',
      0,
      'loadBalancer',
      'simple',
    ]);
    assert.equal(topLevel.docKey, 'DestinationRule.trafficPolicy.loadBalancer.simple');
    assert.equal(inSubset.docKey, topLevel.docKey);
    assert.equal(perPort.docKey, topLevel.docKey);
    assert.deepEqual(specField(VS, 'DestinationRule', ['trafficPolicy', 'loadBalancer']).oneOf, [
      ['backendUtilization', 'consistentHash', 'simple'],
    ]);
  });

  void it('flags deprecated fields, whether upstream says so in text or only in the proto', () => {
    assert.equal(
      specField(VS, 'DestinationRule', ['trafficPolicy', 'loadBalancer', 'warmupDurationSecs']).deprecated,
      true,
    );
    assert.equal(specField(VS, 'VirtualService', ['http', 0, 'mirrorPercent']).deprecated, true);
    assert.equal(specField(VS, 'VirtualService', ['http', 0, 'route', 0, 'weight']).deprecated, undefined);
  });

  void it('keeps bounds and formats: ports are uint32, timeouts are durations', () => {
    const port = specField(VS, 'Gateway', ['servers', 0, 'port', 'number']);
    assert.equal(port.type, 'integer');
    assert.equal(port.minimum, 0);
    assert.equal(port.maximum, 4294967295);
    assert.equal(specField(VS, 'VirtualService', ['http', 0, 'timeout']).format, 'duration');
    assert.ok(specField(VS, 'Gateway', ['servers', 0, 'port']).required?.includes('number'));
  });

  void it('ServiceEntry resolution is an enum and AppDeployment has weighted targets', () => {
    const resolution = specField(VS, 'ServiceEntry', ['resolution']);
    assert.deepEqual([...(resolution.enum ?? [])].sort(), [
      'DNS',
      'DNS_ROUND_ROBIN',
      'DYNAMIC_DNS',
      'NONE',
      'STATIC',
    ]);
    const weight = specField('core.oam.dev/v1beta1', 'AppDeployment', [
      'traffic',
      'http',
      0,
      'weightedTargets',
      0,
      'weight',
    ]);
    assert.equal(weight.type, 'integer');
  });
});

void describe('kind lookup', () => {
  void it('finds kinds only under a served apiVersion', () => {
    assert.equal(findKindSchema('networking.istio.io/v1beta1', 'VirtualService')?.kind, 'VirtualService');
    assert.equal(findKindSchema('networking.istio.io/v1alpha3', 'Gateway')?.kind, 'Gateway');
    assert.equal(findKindSchema('networking.istio.io/v2', 'VirtualService'), undefined);
    assert.equal(findKindSchema('core.oam.dev/v1', 'AppDeployment'), undefined);
    assert.equal(findKindSchema('gateway.networking.k8s.io/v1alpha9', 'Gateway'), undefined);
    assert.equal(findKindSchema('v1', 'Service'), undefined);
    assert.equal(findKindSchema('', 'VirtualService'), undefined);
    assert.equal(findKindSchema('networking.istio.io/', 'VirtualService'), undefined);
    assert.equal(findGroupKindSchema('networking.istio.io', 'DestinationRule')?.kind, 'DestinationRule');
  });

  void it('keys kinds by API group: the two Gateways are two schemas', () => {
    const istio = findKindSchema('networking.istio.io/v1', 'Gateway');
    const kube = findKindSchema('gateway.networking.k8s.io/v1', 'Gateway');
    assert.ok(istio && kube && istio !== kube);
    assert.ok(fieldAt(istio.spec, ['servers', 0, 'hosts']), 'Istio Gateway has servers');
    assert.equal(fieldAt(istio.spec, ['listeners']), undefined);
    assert.ok(fieldAt(kube.spec, ['listeners', 0, 'allowedRoutes']), 'Gateway API Gateway has listeners');
    assert.equal(fieldAt(kube.spec, ['servers']), undefined);
    assert.deepEqual(
      kindSchemasNamed('Gateway').map((s) => s.group),
      ['networking.istio.io', 'gateway.networking.k8s.io'],
    );
    // Their docs never mix: the Gateway API's keys carry their own prefix.
    assert.equal(docPrefixOf(istio), 'Gateway');
    assert.equal(docPrefixOf(kube), 'KubeGateway');
    assert.equal(kube.spec.docKey, 'KubeGateway.spec');
    assert.equal(fieldAt(manifestSchema(kube), ['metadata', 'name'])?.docKey, 'KubeGateway.metadata.name');
    assert.deepEqual(fieldAt(manifestSchema(kube), ['apiVersion'])?.enum, [
      'gateway.networking.k8s.io/v1',
      'gateway.networking.k8s.io/v1beta1',
    ]);
    assert.equal(
      findKindSchema('gateway.networking.k8s.io/v1beta1', 'HTTPRoute')?.group,
      'gateway.networking.k8s.io',
    );
    assert.equal(findKindSchema('argoproj.io/v1alpha1', 'Rollout')?.kind, 'Rollout');
    assert.equal(findKindSchema('flagger.app/v1beta1', 'Canary')?.kind, 'Canary');
  });

  void it("leaves the Rollout pod template open and reads Flagger's analysis alternatives", () => {
    const rollout = kindSchema('argoproj.io/v1alpha1', 'Rollout');
    assert.equal(fieldAt(rollout.spec, ['template'])?.type, 'any');
    assert.equal(fieldAt(rollout.spec, ['template', 'spec', 'containers']), undefined);
    assert.equal(fieldAt(rollout.spec, ['strategy', 'canary', 'steps', 0, 'setWeight'])?.type, 'integer');
    assert.equal(
      fieldAt(rollout.spec, ['strategy', 'canary', 'steps', 0, 'pause', 'duration'])?.type,
      'int-or-string',
    );
    const istio = fieldAt(rollout.spec, ['strategy', 'canary', 'trafficRouting', 'istio', 'destinationRule']);
    assert.deepEqual(istio?.required, ['canarySubsetName', 'name', 'stableSubsetName']);
    // oneOf: [{required: [interval, threshold, iterations]}, {... stepWeight}, {... stepWeights}]
    const analysis = fieldAt(kindSchema('flagger.app/v1beta1', 'Canary').spec, ['analysis']);
    assert.deepEqual(analysis?.required, ['interval', 'threshold']);
    assert.deepEqual(analysis?.oneOf, [['iterations', 'stepWeight', 'stepWeights']]);
  });

  void it('guesses the schema for editor help only when the kind is unambiguous', () => {
    assert.equal(
      guessKindSchema('gateway.networking.k8s.io/v9', 'Gateway')?.group,
      'gateway.networking.k8s.io',
    );
    assert.equal(guessKindSchema('networking.istio.io/v9', 'Gateway')?.group, 'networking.istio.io');
    assert.equal(guessKindSchema('example.com/v1', 'Gateway'), undefined);
    assert.equal(guessKindSchema(undefined, 'Gateway'), undefined);
    assert.equal(guessKindSchema('networking.istio.i0/v1', 'VirtualService')?.kind, 'VirtualService');
    assert.equal(guessKindSchema(undefined, 'Rollout')?.group, 'argoproj.io');
  });

  void it('knows groups and lists apiVersions with the storage version first', () => {
    assert.equal(isKnownGroup('networking.istio.io/v9'), true);
    assert.equal(isKnownGroup('core.oam.dev/v1beta1'), true);
    assert.equal(isKnownGroup('apps/v1'), false);
    assert.equal(isKnownGroup('v1'), false);
    assert.deepEqual(knownApiVersionsFor('DestinationRule'), [
      'networking.istio.io/v1',
      'networking.istio.io/v1alpha3',
      'networking.istio.io/v1beta1',
    ]);
    assert.deepEqual(knownApiVersionsFor('AppDeployment'), ['core.oam.dev/v1beta1']);
    assert.deepEqual(knownApiVersionsFor('Gateway'), [
      'networking.istio.io/v1',
      'networking.istio.io/v1alpha3',
      'networking.istio.io/v1beta1',
      'gateway.networking.k8s.io/v1',
      'gateway.networking.k8s.io/v1beta1',
    ]);
    assert.equal(isKnownGroup('gateway.networking.k8s.io/v1'), true);
    assert.deepEqual(knownApiVersionsFor('Deployment'), []);
  });
});

void describe('fieldAt', () => {
  const vs = kindSchema(VS, 'VirtualService');

  void it('walks object properties and array items', () => {
    assert.equal(fieldAt(vs.spec, [])?.docKey, 'VirtualService.spec');
    assert.equal(fieldAt(vs.spec, ['http'])?.type, 'array');
    assert.equal(fieldAt(vs.spec, ['http', 3])?.type, 'object');
    assert.equal(fieldAt(vs.spec, ['http', 0, 'route', 0, 'destination', 'subset'])?.type, 'string');
  });

  void it('walks map values with any key', () => {
    const headers = fieldAt(vs.spec, ['http', 0, 'match', 0, 'headers']);
    assert.equal(headers?.type, 'map');
    assert.equal(fieldAt(vs.spec, ['http', 0, 'match', 0, 'headers', 'end-user'])?.type, 'object');
    assert.equal(fieldAt(vs.spec, ['http', 0, 'match', 0, 'sourceLabels', 'app'])?.type, 'string');
  });

  void it('returns undefined when the path leaves the schema', () => {
    assert.equal(fieldAt(vs.spec, ['http', 'route']), undefined, 'a key on an array');
    assert.equal(fieldAt(vs.spec, ['hosts', 0, 'name']), undefined, 'a key on a string');
    assert.equal(fieldAt(vs.spec, ['http', 0, 'nope']), undefined, 'an unknown property');
    assert.equal(fieldAt(vs.spec, ['http', 0, 'match', 0, 'uri', 0]), undefined, 'an index on an object');
    assert.equal(fieldAt(vs.spec, ['toString']), undefined, 'inherited object members are not fields');
  });

  void it('walks a whole manifest from the document root', () => {
    const manifest = manifestSchema(vs);
    assert.deepEqual(fieldAt(manifest, ['apiVersion'])?.enum, knownApiVersionsFor('VirtualService'));
    assert.deepEqual(fieldAt(manifest, ['kind'])?.enum, ['VirtualService']);
    assert.equal(fieldAt(manifest, ['metadata', 'name'])?.docKey, 'VirtualService.metadata.name');
    assert.equal(fieldAt(manifest, ['metadata', 'labels', 'app'])?.type, 'string');
    assert.equal(fieldAt(manifest, ['spec', 'http', 0, 'route', 0, 'weight'])?.type, 'integer');
  });
});

void describe('documentation helpers', () => {
  const dr = kindSchema(VS, 'DestinationRule');

  void it('docFor returns our text and marks deprecated fields', () => {
    const subset = fieldAt(dr.spec, ['subsets', 0, 'name']);
    assert.ok(subset);
    assert.match(docFor(subset), /subset/i);
    const old = fieldAt(dr.spec, ['trafficPolicy', 'loadBalancer', 'warmupDurationSecs']);
    assert.ok(old);
    assert.match(docFor(old), /^\*\*Deprecated\.\*\* /);
  });

  void it('enumDoc documents values of the field and nothing else', () => {
    const simple = fieldAt(dr.spec, ['subsets', 0, 'trafficPolicy', 'loadBalancer', 'simple']);
    assert.ok(simple);
    assert.match(enumDoc(simple, 'LEAST_REQUEST') ?? '', /default/);
    assert.equal(enumDoc(simple, 'FASTEST'), undefined);
    const weight = fieldAt(kindSchema(VS, 'VirtualService').spec, ['http', 0, 'route', 0, 'weight']);
    assert.ok(weight);
    assert.equal(enumDoc(weight, 'LEAST_REQUEST'), undefined);
  });

  void it('describeFieldType summarises type, enum and bounds', () => {
    const port = fieldAt(dr.spec, ['trafficPolicy', 'portLevelSettings', 0, 'port', 'number']);
    assert.ok(port);
    assert.equal(describeFieldType(port), 'integer, 0 to 4294967295');
    const hosts = fieldAt(kindSchema(VS, 'VirtualService').spec, ['hosts']);
    assert.ok(hosts);
    assert.equal(describeFieldType(hosts), 'list of string');
    const tlsMode = fieldAt(dr.spec, ['trafficPolicy', 'tls', 'mode']);
    assert.ok(tlsMode);
    assert.equal(describeFieldType(tlsMode), 'string, one of: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL');
  });
});
