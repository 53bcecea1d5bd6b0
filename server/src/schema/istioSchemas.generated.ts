// GENERATED FILE, DO NOT EDIT. Regenerate with `npm run generate:schemas`
// (scripts/generate-istio-schemas.mjs); `node scripts/generate-istio-schemas.mjs --check` detects drift.
// Field types, enums, required fields, oneOf groups, bounds, formats, serving versions and
// deprecation flags come from these CustomResourceDefinitions (see third_party/crds/SOURCE.md):
//   gateways.networking.istio.io.yaml
//     sha256 b7af4f3e5cca71805c4068c424ee0843f30d5d81c82e31bfa80574902ef583c9
//     from https://github.com/istio/istio at commit 86c9f01fd735fb01d8192f5bcaf0d424afb7f14c
//   virtualservices.networking.istio.io.yaml
//     sha256 6a3623504b3c60fefef43588bbfc7ac32a7a4108e5b21e6edb0e6e092708742e
//     from https://github.com/istio/istio at commit 86c9f01fd735fb01d8192f5bcaf0d424afb7f14c
//   destinationrules.networking.istio.io.yaml
//     sha256 5e78f88e6e075cc79b7c62d832515523b7a6aa458431f21a955e236bebc1dc9f
//     from https://github.com/istio/istio at commit 86c9f01fd735fb01d8192f5bcaf0d424afb7f14c
//   serviceentries.networking.istio.io.yaml
//     sha256 91202c4811a803c33571d07ea1a73d65e846927199a645dd35ce9694ac0b02f7
//     from https://github.com/istio/istio at commit 86c9f01fd735fb01d8192f5bcaf0d424afb7f14c
//   appdeployments.core.oam.dev.yaml
//     sha256 94feb59414e14188af3abd16ace3690e8ac017061840f260236248e3d1a158cb
//     from https://github.com/kubevela/kubevela at commit 52c35369b8ae4c6bb3622b0aafcb006030d10b82
// Upstream descriptions are deliberately not included: hover text lives in fieldDocs.ts.
import type { KindSchema } from './schemaTypes';

export const ISTIO_SCHEMAS: readonly KindSchema[] = [
  {
    group: 'networking.istio.io',
    kind: 'Gateway',
    spec: {
      docKey: 'Gateway.spec',
      properties: {
        selector: {
          docKey: 'Gateway.selector',
          type: 'map',
          values: {
            docKey: 'Gateway.selector',
            type: 'string',
          },
        },
        servers: {
          docKey: 'Gateway.servers',
          items: {
            docKey: 'Gateway.servers',
            properties: {
              bind: {
                docKey: 'Gateway.servers.bind',
                type: 'string',
              },
              defaultEndpoint: {
                docKey: 'Gateway.servers.defaultEndpoint',
                type: 'string',
              },
              hosts: {
                docKey: 'Gateway.servers.hosts',
                items: {
                  docKey: 'Gateway.servers.hosts',
                  type: 'string',
                },
                type: 'array',
              },
              name: {
                docKey: 'Gateway.servers.name',
                type: 'string',
              },
              port: {
                docKey: 'Gateway.servers.port',
                properties: {
                  name: {
                    docKey: 'Gateway.servers.port.name',
                    type: 'string',
                  },
                  number: {
                    docKey: 'Gateway.servers.port.number',
                    maximum: 4294967295,
                    minimum: 0,
                    type: 'integer',
                  },
                  protocol: {
                    docKey: 'Gateway.servers.port.protocol',
                    type: 'string',
                  },
                  targetPort: {
                    docKey: 'Gateway.servers.port.targetPort',
                    maximum: 4294967295,
                    minimum: 0,
                    type: 'integer',
                  },
                },
                required: ['name', 'number', 'protocol'],
                type: 'object',
              },
              tls: {
                docKey: 'Gateway.servers.tls',
                properties: {
                  caCertCredentialName: {
                    docKey: 'Gateway.servers.tls.caCertCredentialName',
                    type: 'string',
                  },
                  caCertificates: {
                    docKey: 'Gateway.servers.tls.caCertificates',
                    type: 'string',
                  },
                  caCrl: {
                    docKey: 'Gateway.servers.tls.caCrl',
                    type: 'string',
                  },
                  cipherSuites: {
                    docKey: 'Gateway.servers.tls.cipherSuites',
                    items: {
                      docKey: 'Gateway.servers.tls.cipherSuites',
                      type: 'string',
                    },
                    type: 'array',
                  },
                  credentialName: {
                    docKey: 'Gateway.servers.tls.credentialName',
                    type: 'string',
                  },
                  credentialNames: {
                    docKey: 'Gateway.servers.tls.credentialNames',
                    items: {
                      docKey: 'Gateway.servers.tls.credentialNames',
                      type: 'string',
                    },
                    type: 'array',
                  },
                  ecdhCurves: {
                    docKey: 'Gateway.servers.tls.ecdhCurves',
                    items: {
                      docKey: 'Gateway.servers.tls.ecdhCurves',
                      type: 'string',
                    },
                    type: 'array',
                  },
                  httpsRedirect: {
                    docKey: 'Gateway.servers.tls.httpsRedirect',
                    type: 'boolean',
                  },
                  insecureSkipVerify: {
                    docKey: 'Gateway.servers.tls.insecureSkipVerify',
                    type: 'boolean',
                  },
                  maxProtocolVersion: {
                    docKey: 'Gateway.servers.tls.maxProtocolVersion',
                    enum: ['TLS_AUTO', 'TLSV1_0', 'TLSV1_1', 'TLSV1_2', 'TLSV1_3'],
                    type: 'string',
                  },
                  minProtocolVersion: {
                    docKey: 'Gateway.servers.tls.minProtocolVersion',
                    enum: ['TLS_AUTO', 'TLSV1_0', 'TLSV1_1', 'TLSV1_2', 'TLSV1_3'],
                    type: 'string',
                  },
                  mode: {
                    docKey: 'Gateway.servers.tls.mode',
                    enum: [
                      'PASSTHROUGH',
                      'SIMPLE',
                      'MUTUAL',
                      'AUTO_PASSTHROUGH',
                      'ISTIO_MUTUAL',
                      'OPTIONAL_MUTUAL',
                    ],
                    type: 'string',
                  },
                  privateKey: {
                    docKey: 'Gateway.servers.tls.privateKey',
                    type: 'string',
                  },
                  serverCertificate: {
                    docKey: 'Gateway.servers.tls.serverCertificate',
                    type: 'string',
                  },
                  subjectAltNames: {
                    docKey: 'Gateway.servers.tls.subjectAltNames',
                    items: {
                      docKey: 'Gateway.servers.tls.subjectAltNames',
                      type: 'string',
                    },
                    type: 'array',
                  },
                  tlsCertificates: {
                    docKey: 'Gateway.servers.tls.tlsCertificates',
                    items: {
                      docKey: 'Gateway.servers.tls.tlsCertificates',
                      properties: {
                        caCertificates: {
                          docKey: 'Gateway.servers.tls.tlsCertificates.caCertificates',
                          type: 'string',
                        },
                        privateKey: {
                          docKey: 'Gateway.servers.tls.tlsCertificates.privateKey',
                          type: 'string',
                        },
                        serverCertificate: {
                          docKey: 'Gateway.servers.tls.tlsCertificates.serverCertificate',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                    type: 'array',
                  },
                  verifyCertificateHash: {
                    docKey: 'Gateway.servers.tls.verifyCertificateHash',
                    items: {
                      docKey: 'Gateway.servers.tls.verifyCertificateHash',
                      type: 'string',
                    },
                    type: 'array',
                  },
                  verifyCertificateSpki: {
                    docKey: 'Gateway.servers.tls.verifyCertificateSpki',
                    items: {
                      docKey: 'Gateway.servers.tls.verifyCertificateSpki',
                      type: 'string',
                    },
                    type: 'array',
                  },
                },
                type: 'object',
              },
            },
            required: ['hosts', 'port'],
            type: 'object',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    storageVersion: 'v1',
    versions: ['v1', 'v1alpha3', 'v1beta1'],
  },
  {
    group: 'networking.istio.io',
    kind: 'VirtualService',
    spec: {
      docKey: 'VirtualService.spec',
      properties: {
        exportTo: {
          docKey: 'VirtualService.exportTo',
          items: {
            docKey: 'VirtualService.exportTo',
            type: 'string',
          },
          type: 'array',
        },
        gateways: {
          docKey: 'VirtualService.gateways',
          items: {
            docKey: 'VirtualService.gateways',
            type: 'string',
          },
          type: 'array',
        },
        hosts: {
          docKey: 'VirtualService.hosts',
          items: {
            docKey: 'VirtualService.hosts',
            type: 'string',
          },
          type: 'array',
        },
        http: {
          docKey: 'VirtualService.http',
          items: {
            docKey: 'VirtualService.http',
            properties: {
              corsPolicy: {
                docKey: 'VirtualService.http.corsPolicy',
                properties: {
                  allowCredentials: {
                    docKey: 'VirtualService.http.corsPolicy.allowCredentials',
                    type: 'boolean',
                  },
                  allowHeaders: {
                    docKey: 'VirtualService.http.corsPolicy.allowHeaders',
                    items: {
                      docKey: 'VirtualService.http.corsPolicy.allowHeaders',
                      type: 'string',
                    },
                    type: 'array',
                  },
                  allowMethods: {
                    docKey: 'VirtualService.http.corsPolicy.allowMethods',
                    items: {
                      docKey: 'VirtualService.http.corsPolicy.allowMethods',
                      type: 'string',
                    },
                    type: 'array',
                  },
                  allowOrigin: {
                    deprecated: true,
                    docKey: 'VirtualService.http.corsPolicy.allowOrigin',
                    items: {
                      docKey: 'VirtualService.http.corsPolicy.allowOrigin',
                      type: 'string',
                    },
                    type: 'array',
                  },
                  allowOrigins: {
                    docKey: 'VirtualService.http.corsPolicy.allowOrigins',
                    items: {
                      docKey: 'VirtualService.http.corsPolicy.allowOrigins',
                      oneOf: [['exact', 'prefix', 'regex']],
                      properties: {
                        exact: {
                          docKey: 'VirtualService.http.match.uri.exact',
                          type: 'string',
                        },
                        prefix: {
                          docKey: 'VirtualService.http.match.uri.prefix',
                          type: 'string',
                        },
                        regex: {
                          docKey: 'VirtualService.http.match.uri.regex',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                    type: 'array',
                  },
                  exposeHeaders: {
                    docKey: 'VirtualService.http.corsPolicy.exposeHeaders',
                    items: {
                      docKey: 'VirtualService.http.corsPolicy.exposeHeaders',
                      type: 'string',
                    },
                    type: 'array',
                  },
                  maxAge: {
                    docKey: 'VirtualService.http.corsPolicy.maxAge',
                    format: 'duration',
                    type: 'string',
                  },
                  unmatchedPreflights: {
                    docKey: 'VirtualService.http.corsPolicy.unmatchedPreflights',
                    enum: ['UNSPECIFIED', 'FORWARD', 'IGNORE'],
                    type: 'string',
                  },
                },
                type: 'object',
              },
              delegate: {
                docKey: 'VirtualService.http.delegate',
                properties: {
                  name: {
                    docKey: 'VirtualService.http.delegate.name',
                    type: 'string',
                  },
                  namespace: {
                    docKey: 'VirtualService.http.delegate.namespace',
                    type: 'string',
                  },
                },
                type: 'object',
              },
              directResponse: {
                docKey: 'VirtualService.http.directResponse',
                properties: {
                  body: {
                    docKey: 'VirtualService.http.directResponse.body',
                    oneOf: [['bytes', 'string']],
                    properties: {
                      bytes: {
                        docKey: 'VirtualService.http.directResponse.body.bytes',
                        format: 'byte',
                        type: 'string',
                      },
                      string: {
                        docKey: 'VirtualService.http.directResponse.body.string',
                        type: 'string',
                      },
                    },
                    type: 'object',
                  },
                  status: {
                    docKey: 'VirtualService.http.directResponse.status',
                    maximum: 4294967295,
                    minimum: 0,
                    type: 'integer',
                  },
                },
                required: ['status'],
                type: 'object',
              },
              fault: {
                docKey: 'VirtualService.http.fault',
                properties: {
                  abort: {
                    docKey: 'VirtualService.http.fault.abort',
                    oneOf: [['grpcStatus', 'http2Error', 'httpStatus']],
                    properties: {
                      grpcStatus: {
                        docKey: 'VirtualService.http.fault.abort.grpcStatus',
                        type: 'string',
                      },
                      http2Error: {
                        docKey: 'VirtualService.http.fault.abort.http2Error',
                        type: 'string',
                      },
                      httpStatus: {
                        docKey: 'VirtualService.http.fault.abort.httpStatus',
                        format: 'int32',
                        type: 'integer',
                      },
                      percentage: {
                        docKey: 'VirtualService.http.fault.abort.percentage',
                        properties: {
                          value: {
                            docKey: 'VirtualService.http.mirrorPercentage.value',
                            format: 'double',
                            type: 'number',
                          },
                        },
                        type: 'object',
                      },
                    },
                    type: 'object',
                  },
                  delay: {
                    docKey: 'VirtualService.http.fault.delay',
                    oneOf: [['exponentialDelay', 'fixedDelay']],
                    properties: {
                      exponentialDelay: {
                        docKey: 'VirtualService.http.fault.delay.exponentialDelay',
                        format: 'duration',
                        type: 'string',
                      },
                      fixedDelay: {
                        docKey: 'VirtualService.http.fault.delay.fixedDelay',
                        format: 'duration',
                        type: 'string',
                      },
                      percent: {
                        deprecated: true,
                        docKey: 'VirtualService.http.fault.delay.percent',
                        format: 'int32',
                        type: 'integer',
                      },
                      percentage: {
                        docKey: 'VirtualService.http.fault.delay.percentage',
                        properties: {
                          value: {
                            docKey: 'VirtualService.http.mirrorPercentage.value',
                            format: 'double',
                            type: 'number',
                          },
                        },
                        type: 'object',
                      },
                    },
                    type: 'object',
                  },
                },
                type: 'object',
              },
              headers: {
                docKey: 'VirtualService.http.headers',
                properties: {
                  request: {
                    docKey: 'VirtualService.http.headers.request',
                    properties: {
                      add: {
                        docKey: 'VirtualService.http.headers.request.add',
                        type: 'map',
                        values: {
                          docKey: 'VirtualService.http.headers.request.add',
                          type: 'string',
                        },
                      },
                      remove: {
                        docKey: 'VirtualService.http.headers.request.remove',
                        items: {
                          docKey: 'VirtualService.http.headers.request.remove',
                          type: 'string',
                        },
                        type: 'array',
                      },
                      set: {
                        docKey: 'VirtualService.http.headers.request.set',
                        type: 'map',
                        values: {
                          docKey: 'VirtualService.http.headers.request.set',
                          type: 'string',
                        },
                      },
                    },
                    type: 'object',
                  },
                  response: {
                    docKey: 'VirtualService.http.headers.response',
                    properties: {
                      add: {
                        docKey: 'VirtualService.http.headers.request.add',
                        type: 'map',
                        values: {
                          docKey: 'VirtualService.http.headers.request.add',
                          type: 'string',
                        },
                      },
                      remove: {
                        docKey: 'VirtualService.http.headers.request.remove',
                        items: {
                          docKey: 'VirtualService.http.headers.request.remove',
                          type: 'string',
                        },
                        type: 'array',
                      },
                      set: {
                        docKey: 'VirtualService.http.headers.request.set',
                        type: 'map',
                        values: {
                          docKey: 'VirtualService.http.headers.request.set',
                          type: 'string',
                        },
                      },
                    },
                    type: 'object',
                  },
                },
                type: 'object',
              },
              match: {
                docKey: 'VirtualService.http.match',
                items: {
                  docKey: 'VirtualService.http.match',
                  properties: {
                    authority: {
                      docKey: 'VirtualService.http.match.authority',
                      oneOf: [['exact', 'prefix', 'regex']],
                      properties: {
                        exact: {
                          docKey: 'VirtualService.http.match.uri.exact',
                          type: 'string',
                        },
                        prefix: {
                          docKey: 'VirtualService.http.match.uri.prefix',
                          type: 'string',
                        },
                        regex: {
                          docKey: 'VirtualService.http.match.uri.regex',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                    gateways: {
                      docKey: 'VirtualService.http.match.gateways',
                      items: {
                        docKey: 'VirtualService.http.match.gateways',
                        type: 'string',
                      },
                      type: 'array',
                    },
                    headers: {
                      docKey: 'VirtualService.http.match.headers',
                      type: 'map',
                      values: {
                        docKey: 'VirtualService.http.match.headers',
                        oneOf: [['exact', 'prefix', 'regex']],
                        properties: {
                          exact: {
                            docKey: 'VirtualService.http.match.uri.exact',
                            type: 'string',
                          },
                          prefix: {
                            docKey: 'VirtualService.http.match.uri.prefix',
                            type: 'string',
                          },
                          regex: {
                            docKey: 'VirtualService.http.match.uri.regex',
                            type: 'string',
                          },
                        },
                        type: 'object',
                      },
                    },
                    ignoreUriCase: {
                      docKey: 'VirtualService.http.match.ignoreUriCase',
                      type: 'boolean',
                    },
                    method: {
                      docKey: 'VirtualService.http.match.method',
                      oneOf: [['exact', 'prefix', 'regex']],
                      properties: {
                        exact: {
                          docKey: 'VirtualService.http.match.uri.exact',
                          type: 'string',
                        },
                        prefix: {
                          docKey: 'VirtualService.http.match.uri.prefix',
                          type: 'string',
                        },
                        regex: {
                          docKey: 'VirtualService.http.match.uri.regex',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                    name: {
                      docKey: 'VirtualService.http.match.name',
                      type: 'string',
                    },
                    port: {
                      docKey: 'VirtualService.http.match.port',
                      maximum: 4294967295,
                      minimum: 0,
                      type: 'integer',
                    },
                    queryParams: {
                      docKey: 'VirtualService.http.match.queryParams',
                      type: 'map',
                      values: {
                        docKey: 'VirtualService.http.match.queryParams',
                        oneOf: [['exact', 'prefix', 'regex']],
                        properties: {
                          exact: {
                            docKey: 'VirtualService.http.match.uri.exact',
                            type: 'string',
                          },
                          prefix: {
                            docKey: 'VirtualService.http.match.uri.prefix',
                            type: 'string',
                          },
                          regex: {
                            docKey: 'VirtualService.http.match.uri.regex',
                            type: 'string',
                          },
                        },
                        type: 'object',
                      },
                    },
                    scheme: {
                      docKey: 'VirtualService.http.match.scheme',
                      oneOf: [['exact', 'prefix', 'regex']],
                      properties: {
                        exact: {
                          docKey: 'VirtualService.http.match.uri.exact',
                          type: 'string',
                        },
                        prefix: {
                          docKey: 'VirtualService.http.match.uri.prefix',
                          type: 'string',
                        },
                        regex: {
                          docKey: 'VirtualService.http.match.uri.regex',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                    sourceLabels: {
                      docKey: 'VirtualService.http.match.sourceLabels',
                      type: 'map',
                      values: {
                        docKey: 'VirtualService.http.match.sourceLabels',
                        type: 'string',
                      },
                    },
                    sourceNamespace: {
                      docKey: 'VirtualService.http.match.sourceNamespace',
                      type: 'string',
                    },
                    statPrefix: {
                      docKey: 'VirtualService.http.match.statPrefix',
                      type: 'string',
                    },
                    uri: {
                      docKey: 'VirtualService.http.match.uri',
                      oneOf: [['exact', 'prefix', 'regex']],
                      properties: {
                        exact: {
                          docKey: 'VirtualService.http.match.uri.exact',
                          type: 'string',
                        },
                        prefix: {
                          docKey: 'VirtualService.http.match.uri.prefix',
                          type: 'string',
                        },
                        regex: {
                          docKey: 'VirtualService.http.match.uri.regex',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                    withoutHeaders: {
                      docKey: 'VirtualService.http.match.withoutHeaders',
                      type: 'map',
                      values: {
                        docKey: 'VirtualService.http.match.withoutHeaders',
                        oneOf: [['exact', 'prefix', 'regex']],
                        properties: {
                          exact: {
                            docKey: 'VirtualService.http.match.uri.exact',
                            type: 'string',
                          },
                          prefix: {
                            docKey: 'VirtualService.http.match.uri.prefix',
                            type: 'string',
                          },
                          regex: {
                            docKey: 'VirtualService.http.match.uri.regex',
                            type: 'string',
                          },
                        },
                        type: 'object',
                      },
                    },
                  },
                  type: 'object',
                },
                type: 'array',
              },
              mirror: {
                docKey: 'VirtualService.http.mirror',
                properties: {
                  host: {
                    docKey: 'VirtualService.http.route.destination.host',
                    type: 'string',
                  },
                  port: {
                    docKey: 'VirtualService.http.route.destination.port',
                    properties: {
                      number: {
                        docKey: 'VirtualService.http.route.destination.port.number',
                        maximum: 4294967295,
                        minimum: 0,
                        type: 'integer',
                      },
                    },
                    type: 'object',
                  },
                  subset: {
                    docKey: 'VirtualService.http.route.destination.subset',
                    type: 'string',
                  },
                },
                required: ['host'],
                type: 'object',
              },
              mirrorPercent: {
                deprecated: true,
                docKey: 'VirtualService.http.mirrorPercent',
                maximum: 4294967295,
                minimum: 0,
                type: 'integer',
              },
              mirrorPercentage: {
                docKey: 'VirtualService.http.mirrorPercentage',
                properties: {
                  value: {
                    docKey: 'VirtualService.http.mirrorPercentage.value',
                    format: 'double',
                    type: 'number',
                  },
                },
                type: 'object',
              },
              mirror_percent: {
                deprecated: true,
                docKey: 'VirtualService.http.mirror_percent',
                maximum: 4294967295,
                minimum: 0,
                type: 'integer',
              },
              mirrors: {
                docKey: 'VirtualService.http.mirrors',
                items: {
                  docKey: 'VirtualService.http.mirrors',
                  properties: {
                    destination: {
                      docKey: 'VirtualService.http.mirrors.destination',
                      properties: {
                        host: {
                          docKey: 'VirtualService.http.route.destination.host',
                          type: 'string',
                        },
                        port: {
                          docKey: 'VirtualService.http.route.destination.port',
                          properties: {
                            number: {
                              docKey: 'VirtualService.http.route.destination.port.number',
                              maximum: 4294967295,
                              minimum: 0,
                              type: 'integer',
                            },
                          },
                          type: 'object',
                        },
                        subset: {
                          docKey: 'VirtualService.http.route.destination.subset',
                          type: 'string',
                        },
                      },
                      required: ['host'],
                      type: 'object',
                    },
                    percentage: {
                      docKey: 'VirtualService.http.mirrors.percentage',
                      properties: {
                        value: {
                          docKey: 'VirtualService.http.mirrorPercentage.value',
                          format: 'double',
                          type: 'number',
                        },
                      },
                      type: 'object',
                    },
                  },
                  required: ['destination'],
                  type: 'object',
                },
                type: 'array',
              },
              name: {
                docKey: 'VirtualService.http.name',
                type: 'string',
              },
              redirect: {
                docKey: 'VirtualService.http.redirect',
                oneOf: [['derivePort', 'port']],
                properties: {
                  authority: {
                    docKey: 'VirtualService.http.redirect.authority',
                    type: 'string',
                  },
                  derivePort: {
                    docKey: 'VirtualService.http.redirect.derivePort',
                    enum: ['FROM_PROTOCOL_DEFAULT', 'FROM_REQUEST_PORT'],
                    type: 'string',
                  },
                  port: {
                    docKey: 'VirtualService.http.redirect.port',
                    maximum: 4294967295,
                    minimum: 0,
                    type: 'integer',
                  },
                  prefixRewrite: {
                    docKey: 'VirtualService.http.redirect.prefixRewrite',
                    type: 'string',
                  },
                  redirectCode: {
                    docKey: 'VirtualService.http.redirect.redirectCode',
                    maximum: 4294967295,
                    minimum: 0,
                    type: 'integer',
                  },
                  scheme: {
                    docKey: 'VirtualService.http.redirect.scheme',
                    type: 'string',
                  },
                  uri: {
                    docKey: 'VirtualService.http.redirect.uri',
                    type: 'string',
                  },
                },
                type: 'object',
              },
              retries: {
                docKey: 'VirtualService.http.retries',
                properties: {
                  attempts: {
                    docKey: 'VirtualService.http.retries.attempts',
                    format: 'int32',
                    type: 'integer',
                  },
                  backoff: {
                    docKey: 'VirtualService.http.retries.backoff',
                    format: 'duration',
                    type: 'string',
                  },
                  perTryTimeout: {
                    docKey: 'VirtualService.http.retries.perTryTimeout',
                    format: 'duration',
                    type: 'string',
                  },
                  retryIgnorePreviousHosts: {
                    docKey: 'VirtualService.http.retries.retryIgnorePreviousHosts',
                    type: 'boolean',
                  },
                  retryOn: {
                    docKey: 'VirtualService.http.retries.retryOn',
                    type: 'string',
                  },
                  retryRemoteLocalities: {
                    docKey: 'VirtualService.http.retries.retryRemoteLocalities',
                    type: 'boolean',
                  },
                },
                type: 'object',
              },
              rewrite: {
                docKey: 'VirtualService.http.rewrite',
                properties: {
                  authority: {
                    docKey: 'VirtualService.http.rewrite.authority',
                    type: 'string',
                  },
                  uri: {
                    docKey: 'VirtualService.http.rewrite.uri',
                    type: 'string',
                  },
                  uriRegexRewrite: {
                    docKey: 'VirtualService.http.rewrite.uriRegexRewrite',
                    properties: {
                      match: {
                        docKey: 'VirtualService.http.rewrite.uriRegexRewrite.match',
                        type: 'string',
                      },
                      rewrite: {
                        docKey: 'VirtualService.http.rewrite.uriRegexRewrite.rewrite',
                        type: 'string',
                      },
                    },
                    type: 'object',
                  },
                },
                type: 'object',
              },
              route: {
                docKey: 'VirtualService.http.route',
                items: {
                  docKey: 'VirtualService.http.route',
                  properties: {
                    destination: {
                      docKey: 'VirtualService.http.route.destination',
                      properties: {
                        host: {
                          docKey: 'VirtualService.http.route.destination.host',
                          type: 'string',
                        },
                        port: {
                          docKey: 'VirtualService.http.route.destination.port',
                          properties: {
                            number: {
                              docKey: 'VirtualService.http.route.destination.port.number',
                              maximum: 4294967295,
                              minimum: 0,
                              type: 'integer',
                            },
                          },
                          type: 'object',
                        },
                        subset: {
                          docKey: 'VirtualService.http.route.destination.subset',
                          type: 'string',
                        },
                      },
                      required: ['host'],
                      type: 'object',
                    },
                    headers: {
                      docKey: 'VirtualService.http.headers',
                      properties: {
                        request: {
                          docKey: 'VirtualService.http.headers.request',
                          properties: {
                            add: {
                              docKey: 'VirtualService.http.headers.request.add',
                              type: 'map',
                              values: {
                                docKey: 'VirtualService.http.headers.request.add',
                                type: 'string',
                              },
                            },
                            remove: {
                              docKey: 'VirtualService.http.headers.request.remove',
                              items: {
                                docKey: 'VirtualService.http.headers.request.remove',
                                type: 'string',
                              },
                              type: 'array',
                            },
                            set: {
                              docKey: 'VirtualService.http.headers.request.set',
                              type: 'map',
                              values: {
                                docKey: 'VirtualService.http.headers.request.set',
                                type: 'string',
                              },
                            },
                          },
                          type: 'object',
                        },
                        response: {
                          docKey: 'VirtualService.http.headers.response',
                          properties: {
                            add: {
                              docKey: 'VirtualService.http.headers.request.add',
                              type: 'map',
                              values: {
                                docKey: 'VirtualService.http.headers.request.add',
                                type: 'string',
                              },
                            },
                            remove: {
                              docKey: 'VirtualService.http.headers.request.remove',
                              items: {
                                docKey: 'VirtualService.http.headers.request.remove',
                                type: 'string',
                              },
                              type: 'array',
                            },
                            set: {
                              docKey: 'VirtualService.http.headers.request.set',
                              type: 'map',
                              values: {
                                docKey: 'VirtualService.http.headers.request.set',
                                type: 'string',
                              },
                            },
                          },
                          type: 'object',
                        },
                      },
                      type: 'object',
                    },
                    weight: {
                      docKey: 'VirtualService.http.route.weight',
                      format: 'int32',
                      type: 'integer',
                    },
                  },
                  required: ['destination'],
                  type: 'object',
                },
                type: 'array',
              },
              timeout: {
                docKey: 'VirtualService.http.timeout',
                format: 'duration',
                type: 'string',
              },
            },
            type: 'object',
          },
          type: 'array',
        },
        tcp: {
          docKey: 'VirtualService.tcp',
          items: {
            docKey: 'VirtualService.tcp',
            properties: {
              match: {
                docKey: 'VirtualService.tcp.match',
                items: {
                  docKey: 'VirtualService.tcp.match',
                  properties: {
                    destinationSubnets: {
                      docKey: 'VirtualService.tcp.match.destinationSubnets',
                      items: {
                        docKey: 'VirtualService.tcp.match.destinationSubnets',
                        type: 'string',
                      },
                      type: 'array',
                    },
                    gateways: {
                      docKey: 'VirtualService.tcp.match.gateways',
                      items: {
                        docKey: 'VirtualService.tcp.match.gateways',
                        type: 'string',
                      },
                      type: 'array',
                    },
                    port: {
                      docKey: 'VirtualService.tcp.match.port',
                      maximum: 4294967295,
                      minimum: 0,
                      type: 'integer',
                    },
                    sourceLabels: {
                      docKey: 'VirtualService.tcp.match.sourceLabels',
                      type: 'map',
                      values: {
                        docKey: 'VirtualService.tcp.match.sourceLabels',
                        type: 'string',
                      },
                    },
                    sourceNamespace: {
                      docKey: 'VirtualService.tcp.match.sourceNamespace',
                      type: 'string',
                    },
                    sourceSubnet: {
                      docKey: 'VirtualService.tcp.match.sourceSubnet',
                      type: 'string',
                    },
                  },
                  type: 'object',
                },
                type: 'array',
              },
              route: {
                docKey: 'VirtualService.tcp.route',
                items: {
                  docKey: 'VirtualService.tcp.route',
                  properties: {
                    destination: {
                      docKey: 'VirtualService.http.route.destination',
                      properties: {
                        host: {
                          docKey: 'VirtualService.http.route.destination.host',
                          type: 'string',
                        },
                        port: {
                          docKey: 'VirtualService.http.route.destination.port',
                          properties: {
                            number: {
                              docKey: 'VirtualService.http.route.destination.port.number',
                              maximum: 4294967295,
                              minimum: 0,
                              type: 'integer',
                            },
                          },
                          type: 'object',
                        },
                        subset: {
                          docKey: 'VirtualService.http.route.destination.subset',
                          type: 'string',
                        },
                      },
                      required: ['host'],
                      type: 'object',
                    },
                    weight: {
                      docKey: 'VirtualService.tcp.route.weight',
                      format: 'int32',
                      type: 'integer',
                    },
                  },
                  required: ['destination'],
                  type: 'object',
                },
                type: 'array',
              },
            },
            type: 'object',
          },
          type: 'array',
        },
        tls: {
          docKey: 'VirtualService.tls',
          items: {
            docKey: 'VirtualService.tls',
            properties: {
              match: {
                docKey: 'VirtualService.tls.match',
                items: {
                  docKey: 'VirtualService.tls.match',
                  properties: {
                    destinationSubnets: {
                      docKey: 'VirtualService.tls.match.destinationSubnets',
                      items: {
                        docKey: 'VirtualService.tls.match.destinationSubnets',
                        type: 'string',
                      },
                      type: 'array',
                    },
                    gateways: {
                      docKey: 'VirtualService.tls.match.gateways',
                      items: {
                        docKey: 'VirtualService.tls.match.gateways',
                        type: 'string',
                      },
                      type: 'array',
                    },
                    port: {
                      docKey: 'VirtualService.tls.match.port',
                      maximum: 4294967295,
                      minimum: 0,
                      type: 'integer',
                    },
                    sniHosts: {
                      docKey: 'VirtualService.tls.match.sniHosts',
                      items: {
                        docKey: 'VirtualService.tls.match.sniHosts',
                        type: 'string',
                      },
                      type: 'array',
                    },
                    sourceLabels: {
                      docKey: 'VirtualService.tls.match.sourceLabels',
                      type: 'map',
                      values: {
                        docKey: 'VirtualService.tls.match.sourceLabels',
                        type: 'string',
                      },
                    },
                    sourceNamespace: {
                      docKey: 'VirtualService.tls.match.sourceNamespace',
                      type: 'string',
                    },
                  },
                  required: ['sniHosts'],
                  type: 'object',
                },
                type: 'array',
              },
              route: {
                docKey: 'VirtualService.tcp.route',
                items: {
                  docKey: 'VirtualService.tcp.route',
                  properties: {
                    destination: {
                      docKey: 'VirtualService.http.route.destination',
                      properties: {
                        host: {
                          docKey: 'VirtualService.http.route.destination.host',
                          type: 'string',
                        },
                        port: {
                          docKey: 'VirtualService.http.route.destination.port',
                          properties: {
                            number: {
                              docKey: 'VirtualService.http.route.destination.port.number',
                              maximum: 4294967295,
                              minimum: 0,
                              type: 'integer',
                            },
                          },
                          type: 'object',
                        },
                        subset: {
                          docKey: 'VirtualService.http.route.destination.subset',
                          type: 'string',
                        },
                      },
                      required: ['host'],
                      type: 'object',
                    },
                    weight: {
                      docKey: 'VirtualService.tcp.route.weight',
                      format: 'int32',
                      type: 'integer',
                    },
                  },
                  required: ['destination'],
                  type: 'object',
                },
                type: 'array',
              },
            },
            required: ['match'],
            type: 'object',
          },
          type: 'array',
        },
      },
      type: 'object',
    },
    storageVersion: 'v1',
    versions: ['v1', 'v1alpha3', 'v1beta1'],
  },
  {
    group: 'networking.istio.io',
    kind: 'DestinationRule',
    spec: {
      docKey: 'DestinationRule.spec',
      properties: {
        exportTo: {
          docKey: 'DestinationRule.exportTo',
          items: {
            docKey: 'DestinationRule.exportTo',
            type: 'string',
          },
          type: 'array',
        },
        host: {
          docKey: 'DestinationRule.host',
          type: 'string',
        },
        subsets: {
          docKey: 'DestinationRule.subsets',
          items: {
            docKey: 'DestinationRule.subsets',
            properties: {
              labels: {
                docKey: 'DestinationRule.subsets.labels',
                type: 'map',
                values: {
                  docKey: 'DestinationRule.subsets.labels',
                  type: 'string',
                },
              },
              name: {
                docKey: 'DestinationRule.subsets.name',
                type: 'string',
              },
              trafficPolicy: {
                docKey: 'DestinationRule.subsets.trafficPolicy',
                properties: {
                  connectionPool: {
                    docKey: 'DestinationRule.trafficPolicy.connectionPool',
                    properties: {
                      http: {
                        docKey: 'DestinationRule.trafficPolicy.connectionPool.http',
                        properties: {
                          h2UpgradePolicy: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.h2UpgradePolicy',
                            enum: ['DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE'],
                            type: 'string',
                          },
                          http1MaxPendingRequests: {
                            docKey:
                              'DestinationRule.trafficPolicy.connectionPool.http.http1MaxPendingRequests',
                            format: 'int32',
                            type: 'integer',
                          },
                          http2KeepAlive: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive',
                            properties: {
                              interval: {
                                docKey:
                                  'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive.interval',
                                format: 'duration',
                                type: 'string',
                              },
                              timeout: {
                                docKey:
                                  'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive.timeout',
                                format: 'duration',
                                type: 'string',
                              },
                            },
                            type: 'object',
                          },
                          http2MaxRequests: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.http2MaxRequests',
                            format: 'int32',
                            type: 'integer',
                          },
                          idleTimeout: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.idleTimeout',
                            format: 'duration',
                            type: 'string',
                          },
                          maxConcurrentStreams: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.maxConcurrentStreams',
                            format: 'int32',
                            type: 'integer',
                          },
                          maxRequestsPerConnection: {
                            docKey:
                              'DestinationRule.trafficPolicy.connectionPool.http.maxRequestsPerConnection',
                            format: 'int32',
                            type: 'integer',
                          },
                          maxRetries: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.maxRetries',
                            format: 'int32',
                            type: 'integer',
                          },
                          useClientProtocol: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.useClientProtocol',
                            type: 'boolean',
                          },
                        },
                        type: 'object',
                      },
                      tcp: {
                        docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp',
                        properties: {
                          connectTimeout: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.connectTimeout',
                            format: 'duration',
                            type: 'string',
                          },
                          idleTimeout: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.idleTimeout',
                            type: 'string',
                          },
                          maxConnectionDuration: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.maxConnectionDuration',
                            format: 'duration',
                            type: 'string',
                          },
                          maxConnections: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.maxConnections',
                            format: 'int32',
                            type: 'integer',
                          },
                          tcpKeepalive: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive',
                            properties: {
                              interval: {
                                docKey:
                                  'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.interval',
                                format: 'duration',
                                type: 'string',
                              },
                              probes: {
                                docKey:
                                  'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.probes',
                                maximum: 4294967295,
                                minimum: 0,
                                type: 'integer',
                              },
                              time: {
                                docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.time',
                                format: 'duration',
                                type: 'string',
                              },
                            },
                            type: 'object',
                          },
                        },
                        type: 'object',
                      },
                    },
                    type: 'object',
                  },
                  loadBalancer: {
                    docKey: 'DestinationRule.trafficPolicy.loadBalancer',
                    oneOf: [['backendUtilization', 'consistentHash', 'simple']],
                    properties: {
                      backendUtilization: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.backendUtilization',
                        properties: {
                          errorUtilizationPenaltyPercent: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.errorUtilizationPenaltyPercent',
                            maximum: 4294967295,
                            minimum: 0,
                            type: 'integer',
                          },
                          metricNamesForComputingUtilization: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.metricNamesForComputingUtilization',
                            items: {
                              docKey:
                                'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.metricNamesForComputingUtilization',
                              type: 'string',
                            },
                            type: 'array',
                          },
                          weightExpirationPeriod: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightExpirationPeriod',
                            type: 'string',
                          },
                          weightStabilizationPeriod: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightStabilizationPeriod',
                            type: 'string',
                          },
                          weightUpdatePeriod: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightUpdatePeriod',
                            type: 'string',
                          },
                        },
                        type: 'object',
                      },
                      consistentHash: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash',
                        oneOf: [
                          ['httpCookie', 'httpHeaderName', 'httpQueryParameterName', 'useSourceIp'],
                          ['maglev', 'ringHash'],
                        ],
                        properties: {
                          httpCookie: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie',
                            properties: {
                              attributes: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes',
                                items: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes',
                                  properties: {
                                    name: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes.name',
                                      type: 'string',
                                    },
                                    value: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes.value',
                                      type: 'string',
                                    },
                                  },
                                  required: ['name'],
                                  type: 'object',
                                },
                                type: 'array',
                              },
                              name: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.name',
                                type: 'string',
                              },
                              path: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.path',
                                type: 'string',
                              },
                              ttl: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.ttl',
                                type: 'string',
                              },
                            },
                            required: ['name'],
                            type: 'object',
                          },
                          httpHeaderName: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpHeaderName',
                            type: 'string',
                          },
                          httpQueryParameterName: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpQueryParameterName',
                            type: 'string',
                          },
                          maglev: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.maglev',
                            properties: {
                              tableSize: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize',
                                minimum: 0,
                                type: 'integer',
                              },
                            },
                            type: 'object',
                          },
                          minimumRingSize: {
                            deprecated: true,
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.consistentHash.minimumRingSize',
                            minimum: 0,
                            type: 'integer',
                          },
                          ringHash: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.ringHash',
                            properties: {
                              minimumRingSize: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.ringHash.minimumRingSize',
                                minimum: 0,
                                type: 'integer',
                              },
                            },
                            type: 'object',
                          },
                          useSourceIp: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.useSourceIp',
                            type: 'boolean',
                          },
                        },
                        type: 'object',
                      },
                      localityLbSetting: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting',
                        properties: {
                          distribute: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute',
                            items: {
                              docKey:
                                'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute',
                              properties: {
                                from: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.from',
                                  type: 'string',
                                },
                                to: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.to',
                                  type: 'map',
                                  values: {
                                    docKey:
                                      'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.to',
                                    maximum: 4294967295,
                                    minimum: 0,
                                    type: 'integer',
                                  },
                                },
                              },
                              type: 'object',
                            },
                            type: 'array',
                          },
                          enabled: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.enabled',
                            type: 'boolean',
                          },
                          failover: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover',
                            items: {
                              docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover',
                              properties: {
                                from: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.from',
                                  type: 'string',
                                },
                                to: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.to',
                                  type: 'string',
                                },
                              },
                              type: 'object',
                            },
                            type: 'array',
                          },
                          failoverPriority: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority',
                            items: {
                              docKey:
                                'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority',
                              type: 'string',
                            },
                            type: 'array',
                          },
                        },
                        type: 'object',
                      },
                      simple: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.simple',
                        enum: [
                          'UNSPECIFIED',
                          'LEAST_CONN',
                          'RANDOM',
                          'PASSTHROUGH',
                          'ROUND_ROBIN',
                          'LEAST_REQUEST',
                        ],
                        type: 'string',
                      },
                      warmup: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup',
                        properties: {
                          aggression: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.aggression',
                            format: 'double',
                            minimum: 0,
                            type: 'number',
                          },
                          duration: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.duration',
                            format: 'duration',
                            type: 'string',
                          },
                          minimumPercent: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.minimumPercent',
                            format: 'double',
                            maximum: 100,
                            minimum: 0,
                            type: 'number',
                          },
                        },
                        required: ['duration'],
                        type: 'object',
                      },
                      warmupDurationSecs: {
                        deprecated: true,
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmupDurationSecs',
                        format: 'duration',
                        type: 'string',
                      },
                      zoneAwareLbSetting: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting',
                        properties: {
                          enabled: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.enabled',
                            type: 'boolean',
                          },
                          failover: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failover',
                            items: {
                              docKey:
                                'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failover',
                              properties: {
                                from: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.from',
                                  type: 'string',
                                },
                                to: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.to',
                                  type: 'string',
                                },
                              },
                              type: 'object',
                            },
                            type: 'array',
                          },
                          failoverPriority: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failoverPriority',
                            items: {
                              docKey:
                                'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failoverPriority',
                              type: 'string',
                            },
                            type: 'array',
                          },
                          minClusterSize: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.minClusterSize',
                            maximum: 4294967295,
                            minimum: 1,
                            type: 'integer',
                          },
                        },
                        type: 'object',
                      },
                    },
                    type: 'object',
                  },
                  outlierDetection: {
                    docKey: 'DestinationRule.trafficPolicy.outlierDetection',
                    properties: {
                      baseEjectionTime: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.baseEjectionTime',
                        format: 'duration',
                        type: 'string',
                      },
                      consecutive5xxErrors: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutive5xxErrors',
                        maximum: 4294967295,
                        minimum: 0,
                        type: 'integer',
                      },
                      consecutiveErrors: {
                        deprecated: true,
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutiveErrors',
                        format: 'int32',
                        type: 'integer',
                      },
                      consecutiveGatewayErrors: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutiveGatewayErrors',
                        maximum: 4294967295,
                        minimum: 0,
                        type: 'integer',
                      },
                      consecutiveLocalOriginFailures: {
                        docKey:
                          'DestinationRule.trafficPolicy.outlierDetection.consecutiveLocalOriginFailures',
                        maximum: 4294967295,
                        minimum: 0,
                        type: 'integer',
                      },
                      interval: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.interval',
                        format: 'duration',
                        type: 'string',
                      },
                      maxEjectionPercent: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.maxEjectionPercent',
                        format: 'int32',
                        type: 'integer',
                      },
                      minHealthPercent: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.minHealthPercent',
                        format: 'int32',
                        type: 'integer',
                      },
                      outlierDetectionHttpErrorCodes: {
                        docKey:
                          'DestinationRule.trafficPolicy.outlierDetection.outlierDetectionHttpErrorCodes',
                        items: {
                          docKey:
                            'DestinationRule.trafficPolicy.outlierDetection.outlierDetectionHttpErrorCodes',
                          maximum: 599,
                          minimum: 100,
                          type: 'integer',
                        },
                        type: 'array',
                      },
                      splitExternalLocalOriginErrors: {
                        docKey:
                          'DestinationRule.trafficPolicy.outlierDetection.splitExternalLocalOriginErrors',
                        type: 'boolean',
                      },
                    },
                    type: 'object',
                  },
                  portLevelSettings: {
                    docKey: 'DestinationRule.trafficPolicy.portLevelSettings',
                    items: {
                      docKey: 'DestinationRule.trafficPolicy.portLevelSettings',
                      properties: {
                        connectionPool: {
                          docKey: 'DestinationRule.trafficPolicy.connectionPool',
                          properties: {
                            http: {
                              docKey: 'DestinationRule.trafficPolicy.connectionPool.http',
                              properties: {
                                h2UpgradePolicy: {
                                  docKey: 'DestinationRule.trafficPolicy.connectionPool.http.h2UpgradePolicy',
                                  enum: ['DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE'],
                                  type: 'string',
                                },
                                http1MaxPendingRequests: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.connectionPool.http.http1MaxPendingRequests',
                                  format: 'int32',
                                  type: 'integer',
                                },
                                http2KeepAlive: {
                                  docKey: 'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive',
                                  properties: {
                                    interval: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive.interval',
                                      format: 'duration',
                                      type: 'string',
                                    },
                                    timeout: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive.timeout',
                                      format: 'duration',
                                      type: 'string',
                                    },
                                  },
                                  type: 'object',
                                },
                                http2MaxRequests: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.connectionPool.http.http2MaxRequests',
                                  format: 'int32',
                                  type: 'integer',
                                },
                                idleTimeout: {
                                  docKey: 'DestinationRule.trafficPolicy.connectionPool.http.idleTimeout',
                                  format: 'duration',
                                  type: 'string',
                                },
                                maxConcurrentStreams: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.connectionPool.http.maxConcurrentStreams',
                                  format: 'int32',
                                  type: 'integer',
                                },
                                maxRequestsPerConnection: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.connectionPool.http.maxRequestsPerConnection',
                                  format: 'int32',
                                  type: 'integer',
                                },
                                maxRetries: {
                                  docKey: 'DestinationRule.trafficPolicy.connectionPool.http.maxRetries',
                                  format: 'int32',
                                  type: 'integer',
                                },
                                useClientProtocol: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.connectionPool.http.useClientProtocol',
                                  type: 'boolean',
                                },
                              },
                              type: 'object',
                            },
                            tcp: {
                              docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp',
                              properties: {
                                connectTimeout: {
                                  docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.connectTimeout',
                                  format: 'duration',
                                  type: 'string',
                                },
                                idleTimeout: {
                                  docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.idleTimeout',
                                  type: 'string',
                                },
                                maxConnectionDuration: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.connectionPool.tcp.maxConnectionDuration',
                                  format: 'duration',
                                  type: 'string',
                                },
                                maxConnections: {
                                  docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.maxConnections',
                                  format: 'int32',
                                  type: 'integer',
                                },
                                tcpKeepalive: {
                                  docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive',
                                  properties: {
                                    interval: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.interval',
                                      format: 'duration',
                                      type: 'string',
                                    },
                                    probes: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.probes',
                                      maximum: 4294967295,
                                      minimum: 0,
                                      type: 'integer',
                                    },
                                    time: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.time',
                                      format: 'duration',
                                      type: 'string',
                                    },
                                  },
                                  type: 'object',
                                },
                              },
                              type: 'object',
                            },
                          },
                          type: 'object',
                        },
                        loadBalancer: {
                          docKey: 'DestinationRule.trafficPolicy.loadBalancer',
                          oneOf: [['backendUtilization', 'consistentHash', 'simple']],
                          properties: {
                            backendUtilization: {
                              docKey: 'DestinationRule.trafficPolicy.loadBalancer.backendUtilization',
                              properties: {
                                errorUtilizationPenaltyPercent: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.errorUtilizationPenaltyPercent',
                                  maximum: 4294967295,
                                  minimum: 0,
                                  type: 'integer',
                                },
                                metricNamesForComputingUtilization: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.metricNamesForComputingUtilization',
                                  items: {
                                    docKey:
                                      'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.metricNamesForComputingUtilization',
                                    type: 'string',
                                  },
                                  type: 'array',
                                },
                                weightExpirationPeriod: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightExpirationPeriod',
                                  type: 'string',
                                },
                                weightStabilizationPeriod: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightStabilizationPeriod',
                                  type: 'string',
                                },
                                weightUpdatePeriod: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightUpdatePeriod',
                                  type: 'string',
                                },
                              },
                              type: 'object',
                            },
                            consistentHash: {
                              docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash',
                              oneOf: [
                                ['httpCookie', 'httpHeaderName', 'httpQueryParameterName', 'useSourceIp'],
                                ['maglev', 'ringHash'],
                              ],
                              properties: {
                                httpCookie: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie',
                                  properties: {
                                    attributes: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes',
                                      items: {
                                        docKey:
                                          'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes',
                                        properties: {
                                          name: {
                                            docKey:
                                              'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes.name',
                                            type: 'string',
                                          },
                                          value: {
                                            docKey:
                                              'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes.value',
                                            type: 'string',
                                          },
                                        },
                                        required: ['name'],
                                        type: 'object',
                                      },
                                      type: 'array',
                                    },
                                    name: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.name',
                                      type: 'string',
                                    },
                                    path: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.path',
                                      type: 'string',
                                    },
                                    ttl: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.ttl',
                                      type: 'string',
                                    },
                                  },
                                  required: ['name'],
                                  type: 'object',
                                },
                                httpHeaderName: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpHeaderName',
                                  type: 'string',
                                },
                                httpQueryParameterName: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpQueryParameterName',
                                  type: 'string',
                                },
                                maglev: {
                                  docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.maglev',
                                  properties: {
                                    tableSize: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize',
                                      minimum: 0,
                                      type: 'integer',
                                    },
                                  },
                                  type: 'object',
                                },
                                minimumRingSize: {
                                  deprecated: true,
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.consistentHash.minimumRingSize',
                                  minimum: 0,
                                  type: 'integer',
                                },
                                ringHash: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.consistentHash.ringHash',
                                  properties: {
                                    minimumRingSize: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.loadBalancer.consistentHash.ringHash.minimumRingSize',
                                      minimum: 0,
                                      type: 'integer',
                                    },
                                  },
                                  type: 'object',
                                },
                                useSourceIp: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.consistentHash.useSourceIp',
                                  type: 'boolean',
                                },
                              },
                              type: 'object',
                            },
                            localityLbSetting: {
                              docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting',
                              properties: {
                                distribute: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute',
                                  items: {
                                    docKey:
                                      'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute',
                                    properties: {
                                      from: {
                                        docKey:
                                          'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.from',
                                        type: 'string',
                                      },
                                      to: {
                                        docKey:
                                          'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.to',
                                        type: 'map',
                                        values: {
                                          docKey:
                                            'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.to',
                                          maximum: 4294967295,
                                          minimum: 0,
                                          type: 'integer',
                                        },
                                      },
                                    },
                                    type: 'object',
                                  },
                                  type: 'array',
                                },
                                enabled: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.enabled',
                                  type: 'boolean',
                                },
                                failover: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover',
                                  items: {
                                    docKey:
                                      'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover',
                                    properties: {
                                      from: {
                                        docKey:
                                          'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.from',
                                        type: 'string',
                                      },
                                      to: {
                                        docKey:
                                          'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.to',
                                        type: 'string',
                                      },
                                    },
                                    type: 'object',
                                  },
                                  type: 'array',
                                },
                                failoverPriority: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority',
                                  items: {
                                    docKey:
                                      'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority',
                                    type: 'string',
                                  },
                                  type: 'array',
                                },
                              },
                              type: 'object',
                            },
                            simple: {
                              docKey: 'DestinationRule.trafficPolicy.loadBalancer.simple',
                              enum: [
                                'UNSPECIFIED',
                                'LEAST_CONN',
                                'RANDOM',
                                'PASSTHROUGH',
                                'ROUND_ROBIN',
                                'LEAST_REQUEST',
                              ],
                              type: 'string',
                            },
                            warmup: {
                              docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup',
                              properties: {
                                aggression: {
                                  docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.aggression',
                                  format: 'double',
                                  minimum: 0,
                                  type: 'number',
                                },
                                duration: {
                                  docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.duration',
                                  format: 'duration',
                                  type: 'string',
                                },
                                minimumPercent: {
                                  docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.minimumPercent',
                                  format: 'double',
                                  maximum: 100,
                                  minimum: 0,
                                  type: 'number',
                                },
                              },
                              required: ['duration'],
                              type: 'object',
                            },
                            warmupDurationSecs: {
                              deprecated: true,
                              docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmupDurationSecs',
                              format: 'duration',
                              type: 'string',
                            },
                            zoneAwareLbSetting: {
                              docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting',
                              properties: {
                                enabled: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.enabled',
                                  type: 'boolean',
                                },
                                failover: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failover',
                                  items: {
                                    docKey:
                                      'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failover',
                                    properties: {
                                      from: {
                                        docKey:
                                          'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.from',
                                        type: 'string',
                                      },
                                      to: {
                                        docKey:
                                          'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.to',
                                        type: 'string',
                                      },
                                    },
                                    type: 'object',
                                  },
                                  type: 'array',
                                },
                                failoverPriority: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failoverPriority',
                                  items: {
                                    docKey:
                                      'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failoverPriority',
                                    type: 'string',
                                  },
                                  type: 'array',
                                },
                                minClusterSize: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.minClusterSize',
                                  maximum: 4294967295,
                                  minimum: 1,
                                  type: 'integer',
                                },
                              },
                              type: 'object',
                            },
                          },
                          type: 'object',
                        },
                        outlierDetection: {
                          docKey: 'DestinationRule.trafficPolicy.outlierDetection',
                          properties: {
                            baseEjectionTime: {
                              docKey: 'DestinationRule.trafficPolicy.outlierDetection.baseEjectionTime',
                              format: 'duration',
                              type: 'string',
                            },
                            consecutive5xxErrors: {
                              docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutive5xxErrors',
                              maximum: 4294967295,
                              minimum: 0,
                              type: 'integer',
                            },
                            consecutiveErrors: {
                              deprecated: true,
                              docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutiveErrors',
                              format: 'int32',
                              type: 'integer',
                            },
                            consecutiveGatewayErrors: {
                              docKey:
                                'DestinationRule.trafficPolicy.outlierDetection.consecutiveGatewayErrors',
                              maximum: 4294967295,
                              minimum: 0,
                              type: 'integer',
                            },
                            consecutiveLocalOriginFailures: {
                              docKey:
                                'DestinationRule.trafficPolicy.outlierDetection.consecutiveLocalOriginFailures',
                              maximum: 4294967295,
                              minimum: 0,
                              type: 'integer',
                            },
                            interval: {
                              docKey: 'DestinationRule.trafficPolicy.outlierDetection.interval',
                              format: 'duration',
                              type: 'string',
                            },
                            maxEjectionPercent: {
                              docKey: 'DestinationRule.trafficPolicy.outlierDetection.maxEjectionPercent',
                              format: 'int32',
                              type: 'integer',
                            },
                            minHealthPercent: {
                              docKey: 'DestinationRule.trafficPolicy.outlierDetection.minHealthPercent',
                              format: 'int32',
                              type: 'integer',
                            },
                            outlierDetectionHttpErrorCodes: {
                              docKey:
                                'DestinationRule.trafficPolicy.outlierDetection.outlierDetectionHttpErrorCodes',
                              items: {
                                docKey:
                                  'DestinationRule.trafficPolicy.outlierDetection.outlierDetectionHttpErrorCodes',
                                maximum: 599,
                                minimum: 100,
                                type: 'integer',
                              },
                              type: 'array',
                            },
                            splitExternalLocalOriginErrors: {
                              docKey:
                                'DestinationRule.trafficPolicy.outlierDetection.splitExternalLocalOriginErrors',
                              type: 'boolean',
                            },
                          },
                          type: 'object',
                        },
                        port: {
                          docKey: 'DestinationRule.trafficPolicy.portLevelSettings.port',
                          properties: {
                            number: {
                              docKey: 'DestinationRule.trafficPolicy.portLevelSettings.port.number',
                              maximum: 4294967295,
                              minimum: 0,
                              type: 'integer',
                            },
                          },
                          type: 'object',
                        },
                        tls: {
                          docKey: 'DestinationRule.trafficPolicy.tls',
                          properties: {
                            caCertificates: {
                              docKey: 'DestinationRule.trafficPolicy.tls.caCertificates',
                              type: 'string',
                            },
                            caCrl: {
                              docKey: 'DestinationRule.trafficPolicy.tls.caCrl',
                              type: 'string',
                            },
                            clientCertificate: {
                              docKey: 'DestinationRule.trafficPolicy.tls.clientCertificate',
                              type: 'string',
                            },
                            credentialName: {
                              docKey: 'DestinationRule.trafficPolicy.tls.credentialName',
                              type: 'string',
                            },
                            insecureSkipVerify: {
                              docKey: 'DestinationRule.trafficPolicy.tls.insecureSkipVerify',
                              type: 'boolean',
                            },
                            mode: {
                              docKey: 'DestinationRule.trafficPolicy.tls.mode',
                              enum: ['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'],
                              type: 'string',
                            },
                            privateKey: {
                              docKey: 'DestinationRule.trafficPolicy.tls.privateKey',
                              type: 'string',
                            },
                            sni: {
                              docKey: 'DestinationRule.trafficPolicy.tls.sni',
                              type: 'string',
                            },
                            subjectAltNames: {
                              docKey: 'DestinationRule.trafficPolicy.tls.subjectAltNames',
                              items: {
                                docKey: 'DestinationRule.trafficPolicy.tls.subjectAltNames',
                                type: 'string',
                              },
                              type: 'array',
                            },
                          },
                          type: 'object',
                        },
                      },
                      type: 'object',
                    },
                    type: 'array',
                  },
                  proxyProtocol: {
                    docKey: 'DestinationRule.trafficPolicy.proxyProtocol',
                    properties: {
                      version: {
                        docKey: 'DestinationRule.trafficPolicy.proxyProtocol.version',
                        enum: ['V1', 'V2'],
                        type: 'string',
                      },
                    },
                    type: 'object',
                  },
                  retryBudget: {
                    docKey: 'DestinationRule.trafficPolicy.retryBudget',
                    properties: {
                      budgetInterval: {
                        docKey: 'DestinationRule.trafficPolicy.retryBudget.budgetInterval',
                        type: 'string',
                      },
                      minRetryConcurrency: {
                        docKey: 'DestinationRule.trafficPolicy.retryBudget.minRetryConcurrency',
                        maximum: 4294967295,
                        minimum: 0,
                        type: 'integer',
                      },
                      percent: {
                        docKey: 'DestinationRule.trafficPolicy.retryBudget.percent',
                        format: 'double',
                        maximum: 100,
                        minimum: 0,
                        type: 'number',
                      },
                    },
                    type: 'object',
                  },
                  tls: {
                    docKey: 'DestinationRule.trafficPolicy.tls',
                    properties: {
                      caCertificates: {
                        docKey: 'DestinationRule.trafficPolicy.tls.caCertificates',
                        type: 'string',
                      },
                      caCrl: {
                        docKey: 'DestinationRule.trafficPolicy.tls.caCrl',
                        type: 'string',
                      },
                      clientCertificate: {
                        docKey: 'DestinationRule.trafficPolicy.tls.clientCertificate',
                        type: 'string',
                      },
                      credentialName: {
                        docKey: 'DestinationRule.trafficPolicy.tls.credentialName',
                        type: 'string',
                      },
                      insecureSkipVerify: {
                        docKey: 'DestinationRule.trafficPolicy.tls.insecureSkipVerify',
                        type: 'boolean',
                      },
                      mode: {
                        docKey: 'DestinationRule.trafficPolicy.tls.mode',
                        enum: ['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'],
                        type: 'string',
                      },
                      privateKey: {
                        docKey: 'DestinationRule.trafficPolicy.tls.privateKey',
                        type: 'string',
                      },
                      sni: {
                        docKey: 'DestinationRule.trafficPolicy.tls.sni',
                        type: 'string',
                      },
                      subjectAltNames: {
                        docKey: 'DestinationRule.trafficPolicy.tls.subjectAltNames',
                        items: {
                          docKey: 'DestinationRule.trafficPolicy.tls.subjectAltNames',
                          type: 'string',
                        },
                        type: 'array',
                      },
                    },
                    type: 'object',
                  },
                  tunnel: {
                    docKey: 'DestinationRule.trafficPolicy.tunnel',
                    properties: {
                      protocol: {
                        docKey: 'DestinationRule.trafficPolicy.tunnel.protocol',
                        type: 'string',
                      },
                      targetHost: {
                        docKey: 'DestinationRule.trafficPolicy.tunnel.targetHost',
                        type: 'string',
                      },
                      targetPort: {
                        docKey: 'DestinationRule.trafficPolicy.tunnel.targetPort',
                        maximum: 4294967295,
                        minimum: 0,
                        type: 'integer',
                      },
                    },
                    required: ['targetHost', 'targetPort'],
                    type: 'object',
                  },
                },
                type: 'object',
              },
            },
            required: ['name'],
            type: 'object',
          },
          type: 'array',
        },
        trafficPolicy: {
          docKey: 'DestinationRule.trafficPolicy',
          properties: {
            connectionPool: {
              docKey: 'DestinationRule.trafficPolicy.connectionPool',
              properties: {
                http: {
                  docKey: 'DestinationRule.trafficPolicy.connectionPool.http',
                  properties: {
                    h2UpgradePolicy: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.http.h2UpgradePolicy',
                      enum: ['DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE'],
                      type: 'string',
                    },
                    http1MaxPendingRequests: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.http.http1MaxPendingRequests',
                      format: 'int32',
                      type: 'integer',
                    },
                    http2KeepAlive: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive',
                      properties: {
                        interval: {
                          docKey: 'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive.interval',
                          format: 'duration',
                          type: 'string',
                        },
                        timeout: {
                          docKey: 'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive.timeout',
                          format: 'duration',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                    http2MaxRequests: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.http.http2MaxRequests',
                      format: 'int32',
                      type: 'integer',
                    },
                    idleTimeout: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.http.idleTimeout',
                      format: 'duration',
                      type: 'string',
                    },
                    maxConcurrentStreams: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.http.maxConcurrentStreams',
                      format: 'int32',
                      type: 'integer',
                    },
                    maxRequestsPerConnection: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.http.maxRequestsPerConnection',
                      format: 'int32',
                      type: 'integer',
                    },
                    maxRetries: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.http.maxRetries',
                      format: 'int32',
                      type: 'integer',
                    },
                    useClientProtocol: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.http.useClientProtocol',
                      type: 'boolean',
                    },
                  },
                  type: 'object',
                },
                tcp: {
                  docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp',
                  properties: {
                    connectTimeout: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.connectTimeout',
                      format: 'duration',
                      type: 'string',
                    },
                    idleTimeout: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.idleTimeout',
                      type: 'string',
                    },
                    maxConnectionDuration: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.maxConnectionDuration',
                      format: 'duration',
                      type: 'string',
                    },
                    maxConnections: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.maxConnections',
                      format: 'int32',
                      type: 'integer',
                    },
                    tcpKeepalive: {
                      docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive',
                      properties: {
                        interval: {
                          docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.interval',
                          format: 'duration',
                          type: 'string',
                        },
                        probes: {
                          docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.probes',
                          maximum: 4294967295,
                          minimum: 0,
                          type: 'integer',
                        },
                        time: {
                          docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.time',
                          format: 'duration',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                  },
                  type: 'object',
                },
              },
              type: 'object',
            },
            loadBalancer: {
              docKey: 'DestinationRule.trafficPolicy.loadBalancer',
              oneOf: [['backendUtilization', 'consistentHash', 'simple']],
              properties: {
                backendUtilization: {
                  docKey: 'DestinationRule.trafficPolicy.loadBalancer.backendUtilization',
                  properties: {
                    errorUtilizationPenaltyPercent: {
                      docKey:
                        'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.errorUtilizationPenaltyPercent',
                      maximum: 4294967295,
                      minimum: 0,
                      type: 'integer',
                    },
                    metricNamesForComputingUtilization: {
                      docKey:
                        'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.metricNamesForComputingUtilization',
                      items: {
                        docKey:
                          'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.metricNamesForComputingUtilization',
                        type: 'string',
                      },
                      type: 'array',
                    },
                    weightExpirationPeriod: {
                      docKey:
                        'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightExpirationPeriod',
                      type: 'string',
                    },
                    weightStabilizationPeriod: {
                      docKey:
                        'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightStabilizationPeriod',
                      type: 'string',
                    },
                    weightUpdatePeriod: {
                      docKey:
                        'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightUpdatePeriod',
                      type: 'string',
                    },
                  },
                  type: 'object',
                },
                consistentHash: {
                  docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash',
                  oneOf: [
                    ['httpCookie', 'httpHeaderName', 'httpQueryParameterName', 'useSourceIp'],
                    ['maglev', 'ringHash'],
                  ],
                  properties: {
                    httpCookie: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie',
                      properties: {
                        attributes: {
                          docKey:
                            'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes',
                          items: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes',
                            properties: {
                              name: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes.name',
                                type: 'string',
                              },
                              value: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes.value',
                                type: 'string',
                              },
                            },
                            required: ['name'],
                            type: 'object',
                          },
                          type: 'array',
                        },
                        name: {
                          docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.name',
                          type: 'string',
                        },
                        path: {
                          docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.path',
                          type: 'string',
                        },
                        ttl: {
                          docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.ttl',
                          type: 'string',
                        },
                      },
                      required: ['name'],
                      type: 'object',
                    },
                    httpHeaderName: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpHeaderName',
                      type: 'string',
                    },
                    httpQueryParameterName: {
                      docKey:
                        'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpQueryParameterName',
                      type: 'string',
                    },
                    maglev: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.maglev',
                      properties: {
                        tableSize: {
                          docKey:
                            'DestinationRule.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize',
                          minimum: 0,
                          type: 'integer',
                        },
                      },
                      type: 'object',
                    },
                    minimumRingSize: {
                      deprecated: true,
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.minimumRingSize',
                      minimum: 0,
                      type: 'integer',
                    },
                    ringHash: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.ringHash',
                      properties: {
                        minimumRingSize: {
                          docKey:
                            'DestinationRule.trafficPolicy.loadBalancer.consistentHash.ringHash.minimumRingSize',
                          minimum: 0,
                          type: 'integer',
                        },
                      },
                      type: 'object',
                    },
                    useSourceIp: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.useSourceIp',
                      type: 'boolean',
                    },
                  },
                  type: 'object',
                },
                localityLbSetting: {
                  docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting',
                  properties: {
                    distribute: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute',
                      items: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute',
                        properties: {
                          from: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.from',
                            type: 'string',
                          },
                          to: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.to',
                            type: 'map',
                            values: {
                              docKey:
                                'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.to',
                              maximum: 4294967295,
                              minimum: 0,
                              type: 'integer',
                            },
                          },
                        },
                        type: 'object',
                      },
                      type: 'array',
                    },
                    enabled: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.enabled',
                      type: 'boolean',
                    },
                    failover: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover',
                      items: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover',
                        properties: {
                          from: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.from',
                            type: 'string',
                          },
                          to: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.to',
                            type: 'string',
                          },
                        },
                        type: 'object',
                      },
                      type: 'array',
                    },
                    failoverPriority: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority',
                      items: {
                        docKey:
                          'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority',
                        type: 'string',
                      },
                      type: 'array',
                    },
                  },
                  type: 'object',
                },
                simple: {
                  docKey: 'DestinationRule.trafficPolicy.loadBalancer.simple',
                  enum: [
                    'UNSPECIFIED',
                    'LEAST_CONN',
                    'RANDOM',
                    'PASSTHROUGH',
                    'ROUND_ROBIN',
                    'LEAST_REQUEST',
                  ],
                  type: 'string',
                },
                warmup: {
                  docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup',
                  properties: {
                    aggression: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.aggression',
                      format: 'double',
                      minimum: 0,
                      type: 'number',
                    },
                    duration: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.duration',
                      format: 'duration',
                      type: 'string',
                    },
                    minimumPercent: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.minimumPercent',
                      format: 'double',
                      maximum: 100,
                      minimum: 0,
                      type: 'number',
                    },
                  },
                  required: ['duration'],
                  type: 'object',
                },
                warmupDurationSecs: {
                  deprecated: true,
                  docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmupDurationSecs',
                  format: 'duration',
                  type: 'string',
                },
                zoneAwareLbSetting: {
                  docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting',
                  properties: {
                    enabled: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.enabled',
                      type: 'boolean',
                    },
                    failover: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failover',
                      items: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failover',
                        properties: {
                          from: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.from',
                            type: 'string',
                          },
                          to: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.to',
                            type: 'string',
                          },
                        },
                        type: 'object',
                      },
                      type: 'array',
                    },
                    failoverPriority: {
                      docKey:
                        'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failoverPriority',
                      items: {
                        docKey:
                          'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failoverPriority',
                        type: 'string',
                      },
                      type: 'array',
                    },
                    minClusterSize: {
                      docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.minClusterSize',
                      maximum: 4294967295,
                      minimum: 1,
                      type: 'integer',
                    },
                  },
                  type: 'object',
                },
              },
              type: 'object',
            },
            outlierDetection: {
              docKey: 'DestinationRule.trafficPolicy.outlierDetection',
              properties: {
                baseEjectionTime: {
                  docKey: 'DestinationRule.trafficPolicy.outlierDetection.baseEjectionTime',
                  format: 'duration',
                  type: 'string',
                },
                consecutive5xxErrors: {
                  docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutive5xxErrors',
                  maximum: 4294967295,
                  minimum: 0,
                  type: 'integer',
                },
                consecutiveErrors: {
                  deprecated: true,
                  docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutiveErrors',
                  format: 'int32',
                  type: 'integer',
                },
                consecutiveGatewayErrors: {
                  docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutiveGatewayErrors',
                  maximum: 4294967295,
                  minimum: 0,
                  type: 'integer',
                },
                consecutiveLocalOriginFailures: {
                  docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutiveLocalOriginFailures',
                  maximum: 4294967295,
                  minimum: 0,
                  type: 'integer',
                },
                interval: {
                  docKey: 'DestinationRule.trafficPolicy.outlierDetection.interval',
                  format: 'duration',
                  type: 'string',
                },
                maxEjectionPercent: {
                  docKey: 'DestinationRule.trafficPolicy.outlierDetection.maxEjectionPercent',
                  format: 'int32',
                  type: 'integer',
                },
                minHealthPercent: {
                  docKey: 'DestinationRule.trafficPolicy.outlierDetection.minHealthPercent',
                  format: 'int32',
                  type: 'integer',
                },
                outlierDetectionHttpErrorCodes: {
                  docKey: 'DestinationRule.trafficPolicy.outlierDetection.outlierDetectionHttpErrorCodes',
                  items: {
                    docKey: 'DestinationRule.trafficPolicy.outlierDetection.outlierDetectionHttpErrorCodes',
                    maximum: 599,
                    minimum: 100,
                    type: 'integer',
                  },
                  type: 'array',
                },
                splitExternalLocalOriginErrors: {
                  docKey: 'DestinationRule.trafficPolicy.outlierDetection.splitExternalLocalOriginErrors',
                  type: 'boolean',
                },
              },
              type: 'object',
            },
            portLevelSettings: {
              docKey: 'DestinationRule.trafficPolicy.portLevelSettings',
              items: {
                docKey: 'DestinationRule.trafficPolicy.portLevelSettings',
                properties: {
                  connectionPool: {
                    docKey: 'DestinationRule.trafficPolicy.connectionPool',
                    properties: {
                      http: {
                        docKey: 'DestinationRule.trafficPolicy.connectionPool.http',
                        properties: {
                          h2UpgradePolicy: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.h2UpgradePolicy',
                            enum: ['DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE'],
                            type: 'string',
                          },
                          http1MaxPendingRequests: {
                            docKey:
                              'DestinationRule.trafficPolicy.connectionPool.http.http1MaxPendingRequests',
                            format: 'int32',
                            type: 'integer',
                          },
                          http2KeepAlive: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive',
                            properties: {
                              interval: {
                                docKey:
                                  'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive.interval',
                                format: 'duration',
                                type: 'string',
                              },
                              timeout: {
                                docKey:
                                  'DestinationRule.trafficPolicy.connectionPool.http.http2KeepAlive.timeout',
                                format: 'duration',
                                type: 'string',
                              },
                            },
                            type: 'object',
                          },
                          http2MaxRequests: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.http2MaxRequests',
                            format: 'int32',
                            type: 'integer',
                          },
                          idleTimeout: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.idleTimeout',
                            format: 'duration',
                            type: 'string',
                          },
                          maxConcurrentStreams: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.maxConcurrentStreams',
                            format: 'int32',
                            type: 'integer',
                          },
                          maxRequestsPerConnection: {
                            docKey:
                              'DestinationRule.trafficPolicy.connectionPool.http.maxRequestsPerConnection',
                            format: 'int32',
                            type: 'integer',
                          },
                          maxRetries: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.maxRetries',
                            format: 'int32',
                            type: 'integer',
                          },
                          useClientProtocol: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.http.useClientProtocol',
                            type: 'boolean',
                          },
                        },
                        type: 'object',
                      },
                      tcp: {
                        docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp',
                        properties: {
                          connectTimeout: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.connectTimeout',
                            format: 'duration',
                            type: 'string',
                          },
                          idleTimeout: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.idleTimeout',
                            type: 'string',
                          },
                          maxConnectionDuration: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.maxConnectionDuration',
                            format: 'duration',
                            type: 'string',
                          },
                          maxConnections: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.maxConnections',
                            format: 'int32',
                            type: 'integer',
                          },
                          tcpKeepalive: {
                            docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive',
                            properties: {
                              interval: {
                                docKey:
                                  'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.interval',
                                format: 'duration',
                                type: 'string',
                              },
                              probes: {
                                docKey:
                                  'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.probes',
                                maximum: 4294967295,
                                minimum: 0,
                                type: 'integer',
                              },
                              time: {
                                docKey: 'DestinationRule.trafficPolicy.connectionPool.tcp.tcpKeepalive.time',
                                format: 'duration',
                                type: 'string',
                              },
                            },
                            type: 'object',
                          },
                        },
                        type: 'object',
                      },
                    },
                    type: 'object',
                  },
                  loadBalancer: {
                    docKey: 'DestinationRule.trafficPolicy.loadBalancer',
                    oneOf: [['backendUtilization', 'consistentHash', 'simple']],
                    properties: {
                      backendUtilization: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.backendUtilization',
                        properties: {
                          errorUtilizationPenaltyPercent: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.errorUtilizationPenaltyPercent',
                            maximum: 4294967295,
                            minimum: 0,
                            type: 'integer',
                          },
                          metricNamesForComputingUtilization: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.metricNamesForComputingUtilization',
                            items: {
                              docKey:
                                'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.metricNamesForComputingUtilization',
                              type: 'string',
                            },
                            type: 'array',
                          },
                          weightExpirationPeriod: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightExpirationPeriod',
                            type: 'string',
                          },
                          weightStabilizationPeriod: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightStabilizationPeriod',
                            type: 'string',
                          },
                          weightUpdatePeriod: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.backendUtilization.weightUpdatePeriod',
                            type: 'string',
                          },
                        },
                        type: 'object',
                      },
                      consistentHash: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash',
                        oneOf: [
                          ['httpCookie', 'httpHeaderName', 'httpQueryParameterName', 'useSourceIp'],
                          ['maglev', 'ringHash'],
                        ],
                        properties: {
                          httpCookie: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie',
                            properties: {
                              attributes: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes',
                                items: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes',
                                  properties: {
                                    name: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes.name',
                                      type: 'string',
                                    },
                                    value: {
                                      docKey:
                                        'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.attributes.value',
                                      type: 'string',
                                    },
                                  },
                                  required: ['name'],
                                  type: 'object',
                                },
                                type: 'array',
                              },
                              name: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.name',
                                type: 'string',
                              },
                              path: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.path',
                                type: 'string',
                              },
                              ttl: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpCookie.ttl',
                                type: 'string',
                              },
                            },
                            required: ['name'],
                            type: 'object',
                          },
                          httpHeaderName: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpHeaderName',
                            type: 'string',
                          },
                          httpQueryParameterName: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.consistentHash.httpQueryParameterName',
                            type: 'string',
                          },
                          maglev: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.maglev',
                            properties: {
                              tableSize: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.maglev.tableSize',
                                minimum: 0,
                                type: 'integer',
                              },
                            },
                            type: 'object',
                          },
                          minimumRingSize: {
                            deprecated: true,
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.consistentHash.minimumRingSize',
                            minimum: 0,
                            type: 'integer',
                          },
                          ringHash: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.ringHash',
                            properties: {
                              minimumRingSize: {
                                docKey:
                                  'DestinationRule.trafficPolicy.loadBalancer.consistentHash.ringHash.minimumRingSize',
                                minimum: 0,
                                type: 'integer',
                              },
                            },
                            type: 'object',
                          },
                          useSourceIp: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.consistentHash.useSourceIp',
                            type: 'boolean',
                          },
                        },
                        type: 'object',
                      },
                      localityLbSetting: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting',
                        properties: {
                          distribute: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute',
                            items: {
                              docKey:
                                'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute',
                              properties: {
                                from: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.from',
                                  type: 'string',
                                },
                                to: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.to',
                                  type: 'map',
                                  values: {
                                    docKey:
                                      'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.distribute.to',
                                    maximum: 4294967295,
                                    minimum: 0,
                                    type: 'integer',
                                  },
                                },
                              },
                              type: 'object',
                            },
                            type: 'array',
                          },
                          enabled: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.enabled',
                            type: 'boolean',
                          },
                          failover: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover',
                            items: {
                              docKey: 'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover',
                              properties: {
                                from: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.from',
                                  type: 'string',
                                },
                                to: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.to',
                                  type: 'string',
                                },
                              },
                              type: 'object',
                            },
                            type: 'array',
                          },
                          failoverPriority: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority',
                            items: {
                              docKey:
                                'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failoverPriority',
                              type: 'string',
                            },
                            type: 'array',
                          },
                        },
                        type: 'object',
                      },
                      simple: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.simple',
                        enum: [
                          'UNSPECIFIED',
                          'LEAST_CONN',
                          'RANDOM',
                          'PASSTHROUGH',
                          'ROUND_ROBIN',
                          'LEAST_REQUEST',
                        ],
                        type: 'string',
                      },
                      warmup: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup',
                        properties: {
                          aggression: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.aggression',
                            format: 'double',
                            minimum: 0,
                            type: 'number',
                          },
                          duration: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.duration',
                            format: 'duration',
                            type: 'string',
                          },
                          minimumPercent: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmup.minimumPercent',
                            format: 'double',
                            maximum: 100,
                            minimum: 0,
                            type: 'number',
                          },
                        },
                        required: ['duration'],
                        type: 'object',
                      },
                      warmupDurationSecs: {
                        deprecated: true,
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.warmupDurationSecs',
                        format: 'duration',
                        type: 'string',
                      },
                      zoneAwareLbSetting: {
                        docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting',
                        properties: {
                          enabled: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.enabled',
                            type: 'boolean',
                          },
                          failover: {
                            docKey: 'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failover',
                            items: {
                              docKey:
                                'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failover',
                              properties: {
                                from: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.from',
                                  type: 'string',
                                },
                                to: {
                                  docKey:
                                    'DestinationRule.trafficPolicy.loadBalancer.localityLbSetting.failover.to',
                                  type: 'string',
                                },
                              },
                              type: 'object',
                            },
                            type: 'array',
                          },
                          failoverPriority: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failoverPriority',
                            items: {
                              docKey:
                                'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.failoverPriority',
                              type: 'string',
                            },
                            type: 'array',
                          },
                          minClusterSize: {
                            docKey:
                              'DestinationRule.trafficPolicy.loadBalancer.zoneAwareLbSetting.minClusterSize',
                            maximum: 4294967295,
                            minimum: 1,
                            type: 'integer',
                          },
                        },
                        type: 'object',
                      },
                    },
                    type: 'object',
                  },
                  outlierDetection: {
                    docKey: 'DestinationRule.trafficPolicy.outlierDetection',
                    properties: {
                      baseEjectionTime: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.baseEjectionTime',
                        format: 'duration',
                        type: 'string',
                      },
                      consecutive5xxErrors: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutive5xxErrors',
                        maximum: 4294967295,
                        minimum: 0,
                        type: 'integer',
                      },
                      consecutiveErrors: {
                        deprecated: true,
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutiveErrors',
                        format: 'int32',
                        type: 'integer',
                      },
                      consecutiveGatewayErrors: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.consecutiveGatewayErrors',
                        maximum: 4294967295,
                        minimum: 0,
                        type: 'integer',
                      },
                      consecutiveLocalOriginFailures: {
                        docKey:
                          'DestinationRule.trafficPolicy.outlierDetection.consecutiveLocalOriginFailures',
                        maximum: 4294967295,
                        minimum: 0,
                        type: 'integer',
                      },
                      interval: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.interval',
                        format: 'duration',
                        type: 'string',
                      },
                      maxEjectionPercent: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.maxEjectionPercent',
                        format: 'int32',
                        type: 'integer',
                      },
                      minHealthPercent: {
                        docKey: 'DestinationRule.trafficPolicy.outlierDetection.minHealthPercent',
                        format: 'int32',
                        type: 'integer',
                      },
                      outlierDetectionHttpErrorCodes: {
                        docKey:
                          'DestinationRule.trafficPolicy.outlierDetection.outlierDetectionHttpErrorCodes',
                        items: {
                          docKey:
                            'DestinationRule.trafficPolicy.outlierDetection.outlierDetectionHttpErrorCodes',
                          maximum: 599,
                          minimum: 100,
                          type: 'integer',
                        },
                        type: 'array',
                      },
                      splitExternalLocalOriginErrors: {
                        docKey:
                          'DestinationRule.trafficPolicy.outlierDetection.splitExternalLocalOriginErrors',
                        type: 'boolean',
                      },
                    },
                    type: 'object',
                  },
                  port: {
                    docKey: 'DestinationRule.trafficPolicy.portLevelSettings.port',
                    properties: {
                      number: {
                        docKey: 'DestinationRule.trafficPolicy.portLevelSettings.port.number',
                        maximum: 4294967295,
                        minimum: 0,
                        type: 'integer',
                      },
                    },
                    type: 'object',
                  },
                  tls: {
                    docKey: 'DestinationRule.trafficPolicy.tls',
                    properties: {
                      caCertificates: {
                        docKey: 'DestinationRule.trafficPolicy.tls.caCertificates',
                        type: 'string',
                      },
                      caCrl: {
                        docKey: 'DestinationRule.trafficPolicy.tls.caCrl',
                        type: 'string',
                      },
                      clientCertificate: {
                        docKey: 'DestinationRule.trafficPolicy.tls.clientCertificate',
                        type: 'string',
                      },
                      credentialName: {
                        docKey: 'DestinationRule.trafficPolicy.tls.credentialName',
                        type: 'string',
                      },
                      insecureSkipVerify: {
                        docKey: 'DestinationRule.trafficPolicy.tls.insecureSkipVerify',
                        type: 'boolean',
                      },
                      mode: {
                        docKey: 'DestinationRule.trafficPolicy.tls.mode',
                        enum: ['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'],
                        type: 'string',
                      },
                      privateKey: {
                        docKey: 'DestinationRule.trafficPolicy.tls.privateKey',
                        type: 'string',
                      },
                      sni: {
                        docKey: 'DestinationRule.trafficPolicy.tls.sni',
                        type: 'string',
                      },
                      subjectAltNames: {
                        docKey: 'DestinationRule.trafficPolicy.tls.subjectAltNames',
                        items: {
                          docKey: 'DestinationRule.trafficPolicy.tls.subjectAltNames',
                          type: 'string',
                        },
                        type: 'array',
                      },
                    },
                    type: 'object',
                  },
                },
                type: 'object',
              },
              type: 'array',
            },
            proxyProtocol: {
              docKey: 'DestinationRule.trafficPolicy.proxyProtocol',
              properties: {
                version: {
                  docKey: 'DestinationRule.trafficPolicy.proxyProtocol.version',
                  enum: ['V1', 'V2'],
                  type: 'string',
                },
              },
              type: 'object',
            },
            retryBudget: {
              docKey: 'DestinationRule.trafficPolicy.retryBudget',
              properties: {
                budgetInterval: {
                  docKey: 'DestinationRule.trafficPolicy.retryBudget.budgetInterval',
                  type: 'string',
                },
                minRetryConcurrency: {
                  docKey: 'DestinationRule.trafficPolicy.retryBudget.minRetryConcurrency',
                  maximum: 4294967295,
                  minimum: 0,
                  type: 'integer',
                },
                percent: {
                  docKey: 'DestinationRule.trafficPolicy.retryBudget.percent',
                  format: 'double',
                  maximum: 100,
                  minimum: 0,
                  type: 'number',
                },
              },
              type: 'object',
            },
            tls: {
              docKey: 'DestinationRule.trafficPolicy.tls',
              properties: {
                caCertificates: {
                  docKey: 'DestinationRule.trafficPolicy.tls.caCertificates',
                  type: 'string',
                },
                caCrl: {
                  docKey: 'DestinationRule.trafficPolicy.tls.caCrl',
                  type: 'string',
                },
                clientCertificate: {
                  docKey: 'DestinationRule.trafficPolicy.tls.clientCertificate',
                  type: 'string',
                },
                credentialName: {
                  docKey: 'DestinationRule.trafficPolicy.tls.credentialName',
                  type: 'string',
                },
                insecureSkipVerify: {
                  docKey: 'DestinationRule.trafficPolicy.tls.insecureSkipVerify',
                  type: 'boolean',
                },
                mode: {
                  docKey: 'DestinationRule.trafficPolicy.tls.mode',
                  enum: ['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'],
                  type: 'string',
                },
                privateKey: {
                  docKey: 'DestinationRule.trafficPolicy.tls.privateKey',
                  type: 'string',
                },
                sni: {
                  docKey: 'DestinationRule.trafficPolicy.tls.sni',
                  type: 'string',
                },
                subjectAltNames: {
                  docKey: 'DestinationRule.trafficPolicy.tls.subjectAltNames',
                  items: {
                    docKey: 'DestinationRule.trafficPolicy.tls.subjectAltNames',
                    type: 'string',
                  },
                  type: 'array',
                },
              },
              type: 'object',
            },
            tunnel: {
              docKey: 'DestinationRule.trafficPolicy.tunnel',
              properties: {
                protocol: {
                  docKey: 'DestinationRule.trafficPolicy.tunnel.protocol',
                  type: 'string',
                },
                targetHost: {
                  docKey: 'DestinationRule.trafficPolicy.tunnel.targetHost',
                  type: 'string',
                },
                targetPort: {
                  docKey: 'DestinationRule.trafficPolicy.tunnel.targetPort',
                  maximum: 4294967295,
                  minimum: 0,
                  type: 'integer',
                },
              },
              required: ['targetHost', 'targetPort'],
              type: 'object',
            },
          },
          type: 'object',
        },
        workloadSelector: {
          docKey: 'DestinationRule.workloadSelector',
          properties: {
            matchLabels: {
              docKey: 'DestinationRule.workloadSelector.matchLabels',
              type: 'map',
              values: {
                docKey: 'DestinationRule.workloadSelector.matchLabels',
                type: 'string',
              },
            },
          },
          type: 'object',
        },
      },
      required: ['host'],
      type: 'object',
    },
    storageVersion: 'v1',
    versions: ['v1', 'v1alpha3', 'v1beta1'],
  },
  {
    group: 'networking.istio.io',
    kind: 'ServiceEntry',
    spec: {
      docKey: 'ServiceEntry.spec',
      properties: {
        addresses: {
          docKey: 'ServiceEntry.addresses',
          items: {
            docKey: 'ServiceEntry.addresses',
            type: 'string',
          },
          type: 'array',
        },
        endpoints: {
          docKey: 'ServiceEntry.endpoints',
          items: {
            docKey: 'ServiceEntry.endpoints',
            properties: {
              address: {
                docKey: 'ServiceEntry.endpoints.address',
                type: 'string',
              },
              labels: {
                docKey: 'ServiceEntry.endpoints.labels',
                type: 'map',
                values: {
                  docKey: 'ServiceEntry.endpoints.labels',
                  type: 'string',
                },
              },
              locality: {
                docKey: 'ServiceEntry.endpoints.locality',
                type: 'string',
              },
              network: {
                docKey: 'ServiceEntry.endpoints.network',
                type: 'string',
              },
              ports: {
                docKey: 'ServiceEntry.endpoints.ports',
                type: 'map',
                values: {
                  docKey: 'ServiceEntry.endpoints.ports',
                  maximum: 4294967295,
                  minimum: 0,
                  type: 'integer',
                },
              },
              serviceAccount: {
                docKey: 'ServiceEntry.endpoints.serviceAccount',
                type: 'string',
              },
              weight: {
                docKey: 'ServiceEntry.endpoints.weight',
                maximum: 4294967295,
                minimum: 0,
                type: 'integer',
              },
            },
            type: 'object',
          },
          type: 'array',
        },
        exportTo: {
          docKey: 'ServiceEntry.exportTo',
          items: {
            docKey: 'ServiceEntry.exportTo',
            type: 'string',
          },
          type: 'array',
        },
        hosts: {
          docKey: 'ServiceEntry.hosts',
          items: {
            docKey: 'ServiceEntry.hosts',
            type: 'string',
          },
          type: 'array',
        },
        location: {
          docKey: 'ServiceEntry.location',
          enum: ['MESH_EXTERNAL', 'MESH_INTERNAL'],
          type: 'string',
        },
        ports: {
          docKey: 'ServiceEntry.ports',
          items: {
            docKey: 'ServiceEntry.ports',
            properties: {
              name: {
                docKey: 'ServiceEntry.ports.name',
                type: 'string',
              },
              number: {
                docKey: 'ServiceEntry.ports.number',
                maximum: 4294967295,
                minimum: 0,
                type: 'integer',
              },
              protocol: {
                docKey: 'ServiceEntry.ports.protocol',
                type: 'string',
              },
              targetPort: {
                docKey: 'ServiceEntry.ports.targetPort',
                maximum: 4294967295,
                minimum: 0,
                type: 'integer',
              },
            },
            required: ['name', 'number'],
            type: 'object',
          },
          type: 'array',
        },
        resolution: {
          docKey: 'ServiceEntry.resolution',
          enum: ['NONE', 'STATIC', 'DNS', 'DNS_ROUND_ROBIN', 'DYNAMIC_DNS'],
          type: 'string',
        },
        subjectAltNames: {
          docKey: 'ServiceEntry.subjectAltNames',
          items: {
            docKey: 'ServiceEntry.subjectAltNames',
            type: 'string',
          },
          type: 'array',
        },
        workloadSelector: {
          docKey: 'ServiceEntry.workloadSelector',
          properties: {
            labels: {
              docKey: 'ServiceEntry.workloadSelector.labels',
              type: 'map',
              values: {
                docKey: 'ServiceEntry.workloadSelector.labels',
                type: 'string',
              },
            },
          },
          type: 'object',
        },
      },
      required: ['hosts'],
      type: 'object',
    },
    storageVersion: 'v1',
    versions: ['v1', 'v1alpha3', 'v1beta1'],
  },
  {
    group: 'core.oam.dev',
    kind: 'AppDeployment',
    spec: {
      docKey: 'AppDeployment.spec',
      properties: {
        appRevisions: {
          docKey: 'AppDeployment.appRevisions',
          items: {
            docKey: 'AppDeployment.appRevisions',
            properties: {
              placement: {
                docKey: 'AppDeployment.appRevisions.placement',
                items: {
                  docKey: 'AppDeployment.appRevisions.placement',
                  properties: {
                    clusterSelector: {
                      docKey: 'AppDeployment.appRevisions.placement.clusterSelector',
                      properties: {
                        labels: {
                          docKey: 'AppDeployment.appRevisions.placement.clusterSelector.labels',
                          type: 'map',
                          values: {
                            docKey: 'AppDeployment.appRevisions.placement.clusterSelector.labels',
                            type: 'string',
                          },
                        },
                        name: {
                          docKey: 'AppDeployment.appRevisions.placement.clusterSelector.name',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                    distribution: {
                      docKey: 'AppDeployment.appRevisions.placement.distribution',
                      properties: {
                        replicas: {
                          docKey: 'AppDeployment.appRevisions.placement.distribution.replicas',
                          type: 'integer',
                        },
                      },
                      type: 'object',
                    },
                  },
                  type: 'object',
                },
                type: 'array',
              },
              revisionName: {
                docKey: 'AppDeployment.appRevisions.revisionName',
                type: 'string',
              },
            },
            type: 'object',
          },
          type: 'array',
        },
        traffic: {
          docKey: 'AppDeployment.traffic',
          properties: {
            gateways: {
              docKey: 'AppDeployment.traffic.gateways',
              items: {
                docKey: 'AppDeployment.traffic.gateways',
                type: 'string',
              },
              type: 'array',
            },
            hosts: {
              docKey: 'AppDeployment.traffic.hosts',
              items: {
                docKey: 'AppDeployment.traffic.hosts',
                type: 'string',
              },
              type: 'array',
            },
            http: {
              docKey: 'AppDeployment.traffic.http',
              items: {
                docKey: 'AppDeployment.traffic.http',
                properties: {
                  match: {
                    docKey: 'AppDeployment.traffic.http.match',
                    items: {
                      docKey: 'AppDeployment.traffic.http.match',
                      properties: {
                        uri: {
                          docKey: 'AppDeployment.traffic.http.match.uri',
                          properties: {
                            prefix: {
                              docKey: 'AppDeployment.traffic.http.match.uri.prefix',
                              type: 'string',
                            },
                          },
                          type: 'object',
                        },
                      },
                      type: 'object',
                    },
                    type: 'array',
                  },
                  weightedTargets: {
                    docKey: 'AppDeployment.traffic.http.weightedTargets',
                    items: {
                      docKey: 'AppDeployment.traffic.http.weightedTargets',
                      properties: {
                        componentName: {
                          docKey: 'AppDeployment.traffic.http.weightedTargets.componentName',
                          type: 'string',
                        },
                        port: {
                          docKey: 'AppDeployment.traffic.http.weightedTargets.port',
                          type: 'integer',
                        },
                        revisionName: {
                          docKey: 'AppDeployment.traffic.http.weightedTargets.revisionName',
                          type: 'string',
                        },
                        weight: {
                          docKey: 'AppDeployment.traffic.http.weightedTargets.weight',
                          type: 'integer',
                        },
                      },
                      type: 'object',
                    },
                    type: 'array',
                  },
                },
                type: 'object',
              },
              type: 'array',
            },
          },
          type: 'object',
        },
      },
      type: 'object',
    },
    storageVersion: 'v1beta1',
    versions: ['v1beta1'],
  },
];
