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
//   gateways.gateway.networking.k8s.io.yaml
//     sha256 25b885f5870b8fff1ae82efa2628b2761cef3745900c2aecf8fb76629a01255a
//     from https://github.com/kubernetes-sigs/gateway-api at commit 8bb74df00e56ec8f944d48c25e6c1c9c2f6848e3
//   gatewayclasses.gateway.networking.k8s.io.yaml
//     sha256 53710048ba26f8620eed59d5e51b157ecf040daf5c6eef31a4b991e0808c4be5
//     from https://github.com/kubernetes-sigs/gateway-api at commit 8bb74df00e56ec8f944d48c25e6c1c9c2f6848e3
//   httproutes.gateway.networking.k8s.io.yaml
//     sha256 a424a0d6c953b162e71d1d97bb7e75012d8f1ac264e7274f2763d1b96ab39852
//     from https://github.com/kubernetes-sigs/gateway-api at commit 8bb74df00e56ec8f944d48c25e6c1c9c2f6848e3
//   grpcroutes.gateway.networking.k8s.io.yaml
//     sha256 53a8d029da8f07e55d3fa58a5cf6de5950dab19fbb8d6a8082fb5e51ca5ef6fc
//     from https://github.com/kubernetes-sigs/gateway-api at commit 8bb74df00e56ec8f944d48c25e6c1c9c2f6848e3
//   referencegrants.gateway.networking.k8s.io.yaml
//     sha256 8c645e9333cfa67790cc2a53e0c00076f88b2bd4230d2b49688c78bc34f9b2c3
//     from https://github.com/kubernetes-sigs/gateway-api at commit 8bb74df00e56ec8f944d48c25e6c1c9c2f6848e3
//   rollouts.argoproj.io.yaml
//     sha256 d79c0dab9bb386b1c9329fb69cf0d843fff2152b3f7916839755c1aabc7387f5
//     from https://github.com/argoproj/argo-rollouts at commit b6bd3bcf8f60d717a98763d26acc983db7f97cb0
//   flagger-crds.yaml
//     sha256 8d7ad05c2d1d242c0cd4c25c5fb3ad0f75f10706da588aeeb950fe2858134630
//     from https://github.com/fluxcd/flagger at commit 15bd6ad555e6c935da55f0ab95977be74c149bd6
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
  {
    docPrefix: 'KubeGateway',
    group: 'gateway.networking.k8s.io',
    kind: 'Gateway',
    spec: {
      docKey: 'KubeGateway.spec',
      properties: {
        addresses: {
          docKey: 'KubeGateway.addresses',
          items: {
            docKey: 'KubeGateway.addresses',
            properties: {
              type: {
                docKey: 'KubeGateway.addresses.type',
                type: 'string',
              },
              value: {
                docKey: 'KubeGateway.addresses.value',
                type: 'string',
              },
            },
            type: 'object',
          },
          type: 'array',
        },
        allowedListeners: {
          docKey: 'KubeGateway.allowedListeners',
          properties: {
            namespaces: {
              docKey: 'KubeGateway.allowedListeners.namespaces',
              properties: {
                from: {
                  docKey: 'KubeGateway.allowedListeners.namespaces.from',
                  enum: ['All', 'Selector', 'Same', 'None'],
                  type: 'string',
                },
                selector: {
                  docKey: 'KubeGateway.allowedListeners.namespaces.selector',
                  properties: {
                    matchExpressions: {
                      docKey: 'KubeGateway.allowedListeners.namespaces.selector.matchExpressions',
                      items: {
                        docKey: 'KubeGateway.allowedListeners.namespaces.selector.matchExpressions',
                        properties: {
                          key: {
                            docKey: 'KubeGateway.allowedListeners.namespaces.selector.matchExpressions.key',
                            type: 'string',
                          },
                          operator: {
                            docKey:
                              'KubeGateway.allowedListeners.namespaces.selector.matchExpressions.operator',
                            type: 'string',
                          },
                          values: {
                            docKey:
                              'KubeGateway.allowedListeners.namespaces.selector.matchExpressions.values',
                            items: {
                              docKey:
                                'KubeGateway.allowedListeners.namespaces.selector.matchExpressions.values',
                              type: 'string',
                            },
                            type: 'array',
                          },
                        },
                        required: ['key', 'operator'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    matchLabels: {
                      docKey: 'KubeGateway.allowedListeners.namespaces.selector.matchLabels',
                      type: 'map',
                      values: {
                        docKey: 'KubeGateway.allowedListeners.namespaces.selector.matchLabels',
                        type: 'string',
                      },
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
        defaultScope: {
          docKey: 'KubeGateway.defaultScope',
          type: 'any',
        },
        gatewayClassName: {
          docKey: 'KubeGateway.gatewayClassName',
          type: 'string',
        },
        infrastructure: {
          docKey: 'KubeGateway.infrastructure',
          properties: {
            annotations: {
              docKey: 'KubeGateway.infrastructure.annotations',
              type: 'map',
              values: {
                docKey: 'KubeGateway.infrastructure.annotations',
                type: 'string',
              },
            },
            labels: {
              docKey: 'KubeGateway.infrastructure.labels',
              type: 'map',
              values: {
                docKey: 'KubeGateway.infrastructure.labels',
                type: 'string',
              },
            },
            parametersRef: {
              docKey: 'KubeGateway.infrastructure.parametersRef',
              properties: {
                group: {
                  docKey: 'KubeGateway.infrastructure.parametersRef.group',
                  type: 'string',
                },
                kind: {
                  docKey: 'KubeGateway.infrastructure.parametersRef.kind',
                  type: 'string',
                },
                name: {
                  docKey: 'KubeGateway.infrastructure.parametersRef.name',
                  type: 'string',
                },
              },
              required: ['group', 'kind', 'name'],
              type: 'object',
            },
          },
          type: 'object',
        },
        listeners: {
          docKey: 'KubeGateway.listeners',
          items: {
            docKey: 'KubeGateway.listeners',
            properties: {
              allowedRoutes: {
                docKey: 'KubeGateway.listeners.allowedRoutes',
                properties: {
                  kinds: {
                    docKey: 'KubeGateway.listeners.allowedRoutes.kinds',
                    items: {
                      docKey: 'KubeGateway.listeners.allowedRoutes.kinds',
                      properties: {
                        group: {
                          docKey: 'KubeGateway.listeners.allowedRoutes.kinds.group',
                          type: 'string',
                        },
                        kind: {
                          docKey: 'KubeGateway.listeners.allowedRoutes.kinds.kind',
                          type: 'string',
                        },
                      },
                      required: ['kind'],
                      type: 'object',
                    },
                    type: 'array',
                  },
                  namespaces: {
                    docKey: 'KubeGateway.listeners.allowedRoutes.namespaces',
                    properties: {
                      from: {
                        docKey: 'KubeGateway.listeners.allowedRoutes.namespaces.from',
                        enum: ['All', 'Selector', 'Same'],
                        type: 'string',
                      },
                      selector: {
                        docKey: 'KubeGateway.listeners.allowedRoutes.namespaces.selector',
                        properties: {
                          matchExpressions: {
                            docKey: 'KubeGateway.allowedListeners.namespaces.selector.matchExpressions',
                            items: {
                              docKey: 'KubeGateway.allowedListeners.namespaces.selector.matchExpressions',
                              properties: {
                                key: {
                                  docKey:
                                    'KubeGateway.allowedListeners.namespaces.selector.matchExpressions.key',
                                  type: 'string',
                                },
                                operator: {
                                  docKey:
                                    'KubeGateway.allowedListeners.namespaces.selector.matchExpressions.operator',
                                  type: 'string',
                                },
                                values: {
                                  docKey:
                                    'KubeGateway.allowedListeners.namespaces.selector.matchExpressions.values',
                                  items: {
                                    docKey:
                                      'KubeGateway.allowedListeners.namespaces.selector.matchExpressions.values',
                                    type: 'string',
                                  },
                                  type: 'array',
                                },
                              },
                              required: ['key', 'operator'],
                              type: 'object',
                            },
                            type: 'array',
                          },
                          matchLabels: {
                            docKey: 'KubeGateway.allowedListeners.namespaces.selector.matchLabels',
                            type: 'map',
                            values: {
                              docKey: 'KubeGateway.allowedListeners.namespaces.selector.matchLabels',
                              type: 'string',
                            },
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
              hostname: {
                docKey: 'KubeGateway.listeners.hostname',
                type: 'string',
              },
              name: {
                docKey: 'KubeGateway.listeners.name',
                type: 'string',
              },
              port: {
                docKey: 'KubeGateway.listeners.port',
                format: 'int32',
                maximum: 65535,
                minimum: 1,
                type: 'integer',
              },
              protocol: {
                docKey: 'KubeGateway.listeners.protocol',
                type: 'string',
              },
              tls: {
                docKey: 'KubeGateway.listeners.tls',
                properties: {
                  certificateRefs: {
                    docKey: 'KubeGateway.listeners.tls.certificateRefs',
                    items: {
                      docKey: 'KubeGateway.listeners.tls.certificateRefs',
                      properties: {
                        group: {
                          docKey: 'KubeGateway.listeners.tls.certificateRefs.group',
                          type: 'string',
                        },
                        kind: {
                          docKey: 'KubeGateway.listeners.tls.certificateRefs.kind',
                          type: 'string',
                        },
                        name: {
                          docKey: 'KubeGateway.listeners.tls.certificateRefs.name',
                          type: 'string',
                        },
                        namespace: {
                          docKey: 'KubeGateway.listeners.tls.certificateRefs.namespace',
                          type: 'string',
                        },
                      },
                      required: ['name'],
                      type: 'object',
                    },
                    type: 'array',
                  },
                  mode: {
                    docKey: 'KubeGateway.listeners.tls.mode',
                    enum: ['Terminate', 'Passthrough'],
                    type: 'string',
                  },
                  options: {
                    docKey: 'KubeGateway.listeners.tls.options',
                    type: 'map',
                    values: {
                      docKey: 'KubeGateway.listeners.tls.options',
                      type: 'string',
                    },
                  },
                },
                type: 'object',
              },
            },
            required: ['name', 'port', 'protocol'],
            type: 'object',
          },
          type: 'array',
        },
        tls: {
          docKey: 'KubeGateway.tls',
          properties: {
            backend: {
              docKey: 'KubeGateway.tls.backend',
              properties: {
                clientCertificateRef: {
                  docKey: 'KubeGateway.tls.backend.clientCertificateRef',
                  properties: {
                    group: {
                      docKey: 'KubeGateway.listeners.tls.certificateRefs.group',
                      type: 'string',
                    },
                    kind: {
                      docKey: 'KubeGateway.listeners.tls.certificateRefs.kind',
                      type: 'string',
                    },
                    name: {
                      docKey: 'KubeGateway.listeners.tls.certificateRefs.name',
                      type: 'string',
                    },
                    namespace: {
                      docKey: 'KubeGateway.listeners.tls.certificateRefs.namespace',
                      type: 'string',
                    },
                  },
                  required: ['name'],
                  type: 'object',
                },
              },
              type: 'object',
            },
            frontend: {
              docKey: 'KubeGateway.tls.frontend',
              properties: {
                default: {
                  docKey: 'KubeGateway.tls.frontend.default',
                  properties: {
                    validation: {
                      docKey: 'KubeGateway.tls.frontend.default.validation',
                      properties: {
                        caCertificateRefs: {
                          docKey: 'KubeGateway.tls.frontend.default.validation.caCertificateRefs',
                          items: {
                            docKey: 'KubeGateway.tls.frontend.default.validation.caCertificateRefs',
                            properties: {
                              group: {
                                docKey: 'KubeGateway.tls.frontend.default.validation.caCertificateRefs.group',
                                type: 'string',
                              },
                              kind: {
                                docKey: 'KubeGateway.tls.frontend.default.validation.caCertificateRefs.kind',
                                type: 'string',
                              },
                              name: {
                                docKey: 'KubeGateway.tls.frontend.default.validation.caCertificateRefs.name',
                                type: 'string',
                              },
                              namespace: {
                                docKey:
                                  'KubeGateway.tls.frontend.default.validation.caCertificateRefs.namespace',
                                type: 'string',
                              },
                            },
                            required: ['group', 'kind', 'name'],
                            type: 'object',
                          },
                          type: 'array',
                        },
                        mode: {
                          docKey: 'KubeGateway.tls.frontend.default.validation.mode',
                          enum: ['AllowValidOnly', 'AllowInsecureFallback'],
                          type: 'string',
                        },
                      },
                      required: ['caCertificateRefs'],
                      type: 'object',
                    },
                  },
                  type: 'object',
                },
                perPort: {
                  docKey: 'KubeGateway.tls.frontend.perPort',
                  items: {
                    docKey: 'KubeGateway.tls.frontend.perPort',
                    properties: {
                      port: {
                        docKey: 'KubeGateway.tls.frontend.perPort.port',
                        format: 'int32',
                        maximum: 65535,
                        minimum: 1,
                        type: 'integer',
                      },
                      tls: {
                        docKey: 'KubeGateway.tls.frontend.perPort.tls',
                        properties: {
                          validation: {
                            docKey: 'KubeGateway.tls.frontend.default.validation',
                            properties: {
                              caCertificateRefs: {
                                docKey: 'KubeGateway.tls.frontend.default.validation.caCertificateRefs',
                                items: {
                                  docKey: 'KubeGateway.tls.frontend.default.validation.caCertificateRefs',
                                  properties: {
                                    group: {
                                      docKey:
                                        'KubeGateway.tls.frontend.default.validation.caCertificateRefs.group',
                                      type: 'string',
                                    },
                                    kind: {
                                      docKey:
                                        'KubeGateway.tls.frontend.default.validation.caCertificateRefs.kind',
                                      type: 'string',
                                    },
                                    name: {
                                      docKey:
                                        'KubeGateway.tls.frontend.default.validation.caCertificateRefs.name',
                                      type: 'string',
                                    },
                                    namespace: {
                                      docKey:
                                        'KubeGateway.tls.frontend.default.validation.caCertificateRefs.namespace',
                                      type: 'string',
                                    },
                                  },
                                  required: ['group', 'kind', 'name'],
                                  type: 'object',
                                },
                                type: 'array',
                              },
                              mode: {
                                docKey: 'KubeGateway.tls.frontend.default.validation.mode',
                                enum: ['AllowValidOnly', 'AllowInsecureFallback'],
                                type: 'string',
                              },
                            },
                            required: ['caCertificateRefs'],
                            type: 'object',
                          },
                        },
                        type: 'object',
                      },
                    },
                    required: ['port', 'tls'],
                    type: 'object',
                  },
                  type: 'array',
                },
              },
              required: ['default'],
              type: 'object',
            },
          },
          type: 'object',
        },
      },
      required: ['gatewayClassName', 'listeners'],
      type: 'object',
    },
    storageVersion: 'v1',
    versions: ['v1', 'v1beta1'],
  },
  {
    group: 'gateway.networking.k8s.io',
    kind: 'GatewayClass',
    spec: {
      docKey: 'GatewayClass.spec',
      properties: {
        controllerName: {
          docKey: 'GatewayClass.controllerName',
          type: 'string',
        },
        description: {
          docKey: 'GatewayClass.description',
          type: 'string',
        },
        parametersRef: {
          docKey: 'GatewayClass.parametersRef',
          properties: {
            group: {
              docKey: 'GatewayClass.parametersRef.group',
              type: 'string',
            },
            kind: {
              docKey: 'GatewayClass.parametersRef.kind',
              type: 'string',
            },
            name: {
              docKey: 'GatewayClass.parametersRef.name',
              type: 'string',
            },
            namespace: {
              docKey: 'GatewayClass.parametersRef.namespace',
              type: 'string',
            },
          },
          required: ['group', 'kind', 'name'],
          type: 'object',
        },
      },
      required: ['controllerName'],
      type: 'object',
    },
    storageVersion: 'v1',
    versions: ['v1', 'v1beta1'],
  },
  {
    group: 'gateway.networking.k8s.io',
    kind: 'HTTPRoute',
    spec: {
      docKey: 'HTTPRoute.spec',
      properties: {
        hostnames: {
          docKey: 'HTTPRoute.hostnames',
          items: {
            docKey: 'HTTPRoute.hostnames',
            type: 'string',
          },
          type: 'array',
        },
        parentRefs: {
          docKey: 'HTTPRoute.parentRefs',
          items: {
            docKey: 'HTTPRoute.parentRefs',
            properties: {
              group: {
                docKey: 'HTTPRoute.parentRefs.group',
                type: 'string',
              },
              kind: {
                docKey: 'HTTPRoute.parentRefs.kind',
                type: 'string',
              },
              name: {
                docKey: 'HTTPRoute.parentRefs.name',
                type: 'string',
              },
              namespace: {
                docKey: 'HTTPRoute.parentRefs.namespace',
                type: 'string',
              },
              port: {
                docKey: 'HTTPRoute.parentRefs.port',
                format: 'int32',
                maximum: 65535,
                minimum: 1,
                type: 'integer',
              },
              sectionName: {
                docKey: 'HTTPRoute.parentRefs.sectionName',
                type: 'string',
              },
            },
            required: ['name'],
            type: 'object',
          },
          type: 'array',
        },
        rules: {
          docKey: 'HTTPRoute.rules',
          items: {
            docKey: 'HTTPRoute.rules',
            properties: {
              backendRefs: {
                docKey: 'HTTPRoute.rules.backendRefs',
                items: {
                  docKey: 'HTTPRoute.rules.backendRefs',
                  properties: {
                    filters: {
                      docKey: 'HTTPRoute.rules.backendRefs.filters',
                      items: {
                        docKey: 'HTTPRoute.rules.backendRefs.filters',
                        properties: {
                          cors: {
                            docKey: 'HTTPRoute.rules.filters.cors',
                            properties: {
                              allowCredentials: {
                                docKey: 'HTTPRoute.rules.filters.cors.allowCredentials',
                                type: 'boolean',
                              },
                              allowHeaders: {
                                docKey: 'HTTPRoute.rules.filters.cors.allowHeaders',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.cors.allowHeaders',
                                  type: 'string',
                                },
                                type: 'array',
                              },
                              allowMethods: {
                                docKey: 'HTTPRoute.rules.filters.cors.allowMethods',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.cors.allowMethods',
                                  enum: [
                                    'GET',
                                    'HEAD',
                                    'POST',
                                    'PUT',
                                    'DELETE',
                                    'CONNECT',
                                    'OPTIONS',
                                    'TRACE',
                                    'PATCH',
                                    '*',
                                  ],
                                  type: 'string',
                                },
                                type: 'array',
                              },
                              allowOrigins: {
                                docKey: 'HTTPRoute.rules.filters.cors.allowOrigins',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.cors.allowOrigins',
                                  type: 'string',
                                },
                                type: 'array',
                              },
                              exposeHeaders: {
                                docKey: 'HTTPRoute.rules.filters.cors.exposeHeaders',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.cors.exposeHeaders',
                                  type: 'string',
                                },
                                type: 'array',
                              },
                              maxAge: {
                                docKey: 'HTTPRoute.rules.filters.cors.maxAge',
                                format: 'int32',
                                minimum: 1,
                                type: 'integer',
                              },
                            },
                            type: 'object',
                          },
                          extensionRef: {
                            docKey: 'HTTPRoute.rules.filters.extensionRef',
                            properties: {
                              group: {
                                docKey: 'HTTPRoute.rules.filters.extensionRef.group',
                                type: 'string',
                              },
                              kind: {
                                docKey: 'HTTPRoute.rules.filters.extensionRef.kind',
                                type: 'string',
                              },
                              name: {
                                docKey: 'HTTPRoute.rules.filters.extensionRef.name',
                                type: 'string',
                              },
                            },
                            required: ['group', 'kind', 'name'],
                            type: 'object',
                          },
                          externalAuth: {
                            docKey: 'HTTPRoute.rules.filters.externalAuth',
                            type: 'any',
                          },
                          requestHeaderModifier: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier',
                            properties: {
                              add: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                                  properties: {
                                    name: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                      type: 'string',
                                    },
                                    value: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                      type: 'string',
                                    },
                                  },
                                  required: ['name', 'value'],
                                  type: 'object',
                                },
                                type: 'array',
                              },
                              remove: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                                  type: 'string',
                                },
                                type: 'array',
                              },
                              set: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                                  properties: {
                                    name: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                      type: 'string',
                                    },
                                    value: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                      type: 'string',
                                    },
                                  },
                                  required: ['name', 'value'],
                                  type: 'object',
                                },
                                type: 'array',
                              },
                            },
                            type: 'object',
                          },
                          requestMirror: {
                            docKey: 'HTTPRoute.rules.filters.requestMirror',
                            properties: {
                              backendRef: {
                                docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef',
                                properties: {
                                  group: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.group',
                                    type: 'string',
                                  },
                                  kind: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.kind',
                                    type: 'string',
                                  },
                                  name: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.name',
                                    type: 'string',
                                  },
                                  namespace: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.namespace',
                                    type: 'string',
                                  },
                                  port: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.port',
                                    format: 'int32',
                                    maximum: 65535,
                                    minimum: 1,
                                    type: 'integer',
                                  },
                                },
                                required: ['name'],
                                type: 'object',
                              },
                              fraction: {
                                docKey: 'HTTPRoute.rules.filters.requestMirror.fraction',
                                properties: {
                                  denominator: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.fraction.denominator',
                                    format: 'int32',
                                    minimum: 1,
                                    type: 'integer',
                                  },
                                  numerator: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.fraction.numerator',
                                    format: 'int32',
                                    minimum: 0,
                                    type: 'integer',
                                  },
                                },
                                required: ['numerator'],
                                type: 'object',
                              },
                              percent: {
                                docKey: 'HTTPRoute.rules.filters.requestMirror.percent',
                                format: 'int32',
                                maximum: 100,
                                minimum: 0,
                                type: 'integer',
                              },
                            },
                            required: ['backendRef'],
                            type: 'object',
                          },
                          requestRedirect: {
                            docKey: 'HTTPRoute.rules.filters.requestRedirect',
                            properties: {
                              hostname: {
                                docKey: 'HTTPRoute.rules.filters.requestRedirect.hostname',
                                type: 'string',
                              },
                              path: {
                                docKey: 'HTTPRoute.rules.filters.requestRedirect.path',
                                properties: {
                                  replaceFullPath: {
                                    docKey: 'HTTPRoute.rules.filters.requestRedirect.path.replaceFullPath',
                                    type: 'string',
                                  },
                                  replacePrefixMatch: {
                                    docKey: 'HTTPRoute.rules.filters.requestRedirect.path.replacePrefixMatch',
                                    type: 'string',
                                  },
                                  type: {
                                    docKey: 'HTTPRoute.rules.filters.requestRedirect.path.type',
                                    enum: ['ReplaceFullPath', 'ReplacePrefixMatch'],
                                    type: 'string',
                                  },
                                },
                                required: ['type'],
                                type: 'object',
                              },
                              port: {
                                docKey: 'HTTPRoute.rules.filters.requestRedirect.port',
                                format: 'int32',
                                maximum: 65535,
                                minimum: 1,
                                type: 'integer',
                              },
                              scheme: {
                                docKey: 'HTTPRoute.rules.filters.requestRedirect.scheme',
                                enum: ['http', 'https'],
                                type: 'string',
                              },
                              statusCode: {
                                docKey: 'HTTPRoute.rules.filters.requestRedirect.statusCode',
                                enum: ['301', '302', '303', '307', '308'],
                                type: 'integer',
                              },
                            },
                            type: 'object',
                          },
                          responseHeaderModifier: {
                            docKey: 'HTTPRoute.rules.filters.responseHeaderModifier',
                            properties: {
                              add: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                                  properties: {
                                    name: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                      type: 'string',
                                    },
                                    value: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                      type: 'string',
                                    },
                                  },
                                  required: ['name', 'value'],
                                  type: 'object',
                                },
                                type: 'array',
                              },
                              remove: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                                  type: 'string',
                                },
                                type: 'array',
                              },
                              set: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                                  properties: {
                                    name: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                      type: 'string',
                                    },
                                    value: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                      type: 'string',
                                    },
                                  },
                                  required: ['name', 'value'],
                                  type: 'object',
                                },
                                type: 'array',
                              },
                            },
                            type: 'object',
                          },
                          type: {
                            docKey: 'HTTPRoute.rules.filters.type',
                            enum: [
                              'RequestHeaderModifier',
                              'ResponseHeaderModifier',
                              'RequestMirror',
                              'RequestRedirect',
                              'URLRewrite',
                              'ExtensionRef',
                              'CORS',
                              'ExternalAuth',
                            ],
                            type: 'string',
                          },
                          urlRewrite: {
                            docKey: 'HTTPRoute.rules.filters.urlRewrite',
                            properties: {
                              hostname: {
                                docKey: 'HTTPRoute.rules.filters.urlRewrite.hostname',
                                type: 'string',
                              },
                              path: {
                                docKey: 'HTTPRoute.rules.filters.urlRewrite.path',
                                properties: {
                                  replaceFullPath: {
                                    docKey: 'HTTPRoute.rules.filters.requestRedirect.path.replaceFullPath',
                                    type: 'string',
                                  },
                                  replacePrefixMatch: {
                                    docKey: 'HTTPRoute.rules.filters.requestRedirect.path.replacePrefixMatch',
                                    type: 'string',
                                  },
                                  type: {
                                    docKey: 'HTTPRoute.rules.filters.requestRedirect.path.type',
                                    enum: ['ReplaceFullPath', 'ReplacePrefixMatch'],
                                    type: 'string',
                                  },
                                },
                                required: ['type'],
                                type: 'object',
                              },
                            },
                            type: 'object',
                          },
                        },
                        required: ['type'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    group: {
                      docKey: 'HTTPRoute.rules.backendRefs.group',
                      type: 'string',
                    },
                    kind: {
                      docKey: 'HTTPRoute.rules.backendRefs.kind',
                      type: 'string',
                    },
                    name: {
                      docKey: 'HTTPRoute.rules.backendRefs.name',
                      type: 'string',
                    },
                    namespace: {
                      docKey: 'HTTPRoute.rules.backendRefs.namespace',
                      type: 'string',
                    },
                    port: {
                      docKey: 'HTTPRoute.rules.backendRefs.port',
                      format: 'int32',
                      maximum: 65535,
                      minimum: 1,
                      type: 'integer',
                    },
                    weight: {
                      docKey: 'HTTPRoute.rules.backendRefs.weight',
                      format: 'int32',
                      maximum: 1000000,
                      minimum: 0,
                      type: 'integer',
                    },
                  },
                  required: ['name'],
                  type: 'object',
                },
                type: 'array',
              },
              filters: {
                docKey: 'HTTPRoute.rules.filters',
                items: {
                  docKey: 'HTTPRoute.rules.filters',
                  properties: {
                    cors: {
                      docKey: 'HTTPRoute.rules.filters.cors',
                      properties: {
                        allowCredentials: {
                          docKey: 'HTTPRoute.rules.filters.cors.allowCredentials',
                          type: 'boolean',
                        },
                        allowHeaders: {
                          docKey: 'HTTPRoute.rules.filters.cors.allowHeaders',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.cors.allowHeaders',
                            type: 'string',
                          },
                          type: 'array',
                        },
                        allowMethods: {
                          docKey: 'HTTPRoute.rules.filters.cors.allowMethods',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.cors.allowMethods',
                            enum: [
                              'GET',
                              'HEAD',
                              'POST',
                              'PUT',
                              'DELETE',
                              'CONNECT',
                              'OPTIONS',
                              'TRACE',
                              'PATCH',
                              '*',
                            ],
                            type: 'string',
                          },
                          type: 'array',
                        },
                        allowOrigins: {
                          docKey: 'HTTPRoute.rules.filters.cors.allowOrigins',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.cors.allowOrigins',
                            type: 'string',
                          },
                          type: 'array',
                        },
                        exposeHeaders: {
                          docKey: 'HTTPRoute.rules.filters.cors.exposeHeaders',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.cors.exposeHeaders',
                            type: 'string',
                          },
                          type: 'array',
                        },
                        maxAge: {
                          docKey: 'HTTPRoute.rules.filters.cors.maxAge',
                          format: 'int32',
                          minimum: 1,
                          type: 'integer',
                        },
                      },
                      type: 'object',
                    },
                    extensionRef: {
                      docKey: 'HTTPRoute.rules.filters.extensionRef',
                      properties: {
                        group: {
                          docKey: 'HTTPRoute.rules.filters.extensionRef.group',
                          type: 'string',
                        },
                        kind: {
                          docKey: 'HTTPRoute.rules.filters.extensionRef.kind',
                          type: 'string',
                        },
                        name: {
                          docKey: 'HTTPRoute.rules.filters.extensionRef.name',
                          type: 'string',
                        },
                      },
                      required: ['group', 'kind', 'name'],
                      type: 'object',
                    },
                    externalAuth: {
                      docKey: 'HTTPRoute.rules.filters.externalAuth',
                      type: 'any',
                    },
                    requestHeaderModifier: {
                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier',
                      properties: {
                        add: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                            properties: {
                              name: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                type: 'string',
                              },
                              value: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                type: 'string',
                              },
                            },
                            required: ['name', 'value'],
                            type: 'object',
                          },
                          type: 'array',
                        },
                        remove: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                            type: 'string',
                          },
                          type: 'array',
                        },
                        set: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                            properties: {
                              name: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                type: 'string',
                              },
                              value: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                type: 'string',
                              },
                            },
                            required: ['name', 'value'],
                            type: 'object',
                          },
                          type: 'array',
                        },
                      },
                      type: 'object',
                    },
                    requestMirror: {
                      docKey: 'HTTPRoute.rules.filters.requestMirror',
                      properties: {
                        backendRef: {
                          docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef',
                          properties: {
                            group: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.group',
                              type: 'string',
                            },
                            kind: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.kind',
                              type: 'string',
                            },
                            name: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.name',
                              type: 'string',
                            },
                            namespace: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.namespace',
                              type: 'string',
                            },
                            port: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.port',
                              format: 'int32',
                              maximum: 65535,
                              minimum: 1,
                              type: 'integer',
                            },
                          },
                          required: ['name'],
                          type: 'object',
                        },
                        fraction: {
                          docKey: 'HTTPRoute.rules.filters.requestMirror.fraction',
                          properties: {
                            denominator: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.fraction.denominator',
                              format: 'int32',
                              minimum: 1,
                              type: 'integer',
                            },
                            numerator: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.fraction.numerator',
                              format: 'int32',
                              minimum: 0,
                              type: 'integer',
                            },
                          },
                          required: ['numerator'],
                          type: 'object',
                        },
                        percent: {
                          docKey: 'HTTPRoute.rules.filters.requestMirror.percent',
                          format: 'int32',
                          maximum: 100,
                          minimum: 0,
                          type: 'integer',
                        },
                      },
                      required: ['backendRef'],
                      type: 'object',
                    },
                    requestRedirect: {
                      docKey: 'HTTPRoute.rules.filters.requestRedirect',
                      properties: {
                        hostname: {
                          docKey: 'HTTPRoute.rules.filters.requestRedirect.hostname',
                          type: 'string',
                        },
                        path: {
                          docKey: 'HTTPRoute.rules.filters.requestRedirect.path',
                          properties: {
                            replaceFullPath: {
                              docKey: 'HTTPRoute.rules.filters.requestRedirect.path.replaceFullPath',
                              type: 'string',
                            },
                            replacePrefixMatch: {
                              docKey: 'HTTPRoute.rules.filters.requestRedirect.path.replacePrefixMatch',
                              type: 'string',
                            },
                            type: {
                              docKey: 'HTTPRoute.rules.filters.requestRedirect.path.type',
                              enum: ['ReplaceFullPath', 'ReplacePrefixMatch'],
                              type: 'string',
                            },
                          },
                          required: ['type'],
                          type: 'object',
                        },
                        port: {
                          docKey: 'HTTPRoute.rules.filters.requestRedirect.port',
                          format: 'int32',
                          maximum: 65535,
                          minimum: 1,
                          type: 'integer',
                        },
                        scheme: {
                          docKey: 'HTTPRoute.rules.filters.requestRedirect.scheme',
                          enum: ['http', 'https'],
                          type: 'string',
                        },
                        statusCode: {
                          docKey: 'HTTPRoute.rules.filters.requestRedirect.statusCode',
                          enum: ['301', '302', '303', '307', '308'],
                          type: 'integer',
                        },
                      },
                      type: 'object',
                    },
                    responseHeaderModifier: {
                      docKey: 'HTTPRoute.rules.filters.responseHeaderModifier',
                      properties: {
                        add: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                            properties: {
                              name: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                type: 'string',
                              },
                              value: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                type: 'string',
                              },
                            },
                            required: ['name', 'value'],
                            type: 'object',
                          },
                          type: 'array',
                        },
                        remove: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                            type: 'string',
                          },
                          type: 'array',
                        },
                        set: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                            properties: {
                              name: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                type: 'string',
                              },
                              value: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                type: 'string',
                              },
                            },
                            required: ['name', 'value'],
                            type: 'object',
                          },
                          type: 'array',
                        },
                      },
                      type: 'object',
                    },
                    type: {
                      docKey: 'HTTPRoute.rules.filters.type',
                      enum: [
                        'RequestHeaderModifier',
                        'ResponseHeaderModifier',
                        'RequestMirror',
                        'RequestRedirect',
                        'URLRewrite',
                        'ExtensionRef',
                        'CORS',
                        'ExternalAuth',
                      ],
                      type: 'string',
                    },
                    urlRewrite: {
                      docKey: 'HTTPRoute.rules.filters.urlRewrite',
                      properties: {
                        hostname: {
                          docKey: 'HTTPRoute.rules.filters.urlRewrite.hostname',
                          type: 'string',
                        },
                        path: {
                          docKey: 'HTTPRoute.rules.filters.urlRewrite.path',
                          properties: {
                            replaceFullPath: {
                              docKey: 'HTTPRoute.rules.filters.requestRedirect.path.replaceFullPath',
                              type: 'string',
                            },
                            replacePrefixMatch: {
                              docKey: 'HTTPRoute.rules.filters.requestRedirect.path.replacePrefixMatch',
                              type: 'string',
                            },
                            type: {
                              docKey: 'HTTPRoute.rules.filters.requestRedirect.path.type',
                              enum: ['ReplaceFullPath', 'ReplacePrefixMatch'],
                              type: 'string',
                            },
                          },
                          required: ['type'],
                          type: 'object',
                        },
                      },
                      type: 'object',
                    },
                  },
                  required: ['type'],
                  type: 'object',
                },
                type: 'array',
              },
              matches: {
                docKey: 'HTTPRoute.rules.matches',
                items: {
                  docKey: 'HTTPRoute.rules.matches',
                  properties: {
                    headers: {
                      docKey: 'HTTPRoute.rules.matches.headers',
                      items: {
                        docKey: 'HTTPRoute.rules.matches.headers',
                        properties: {
                          name: {
                            docKey: 'HTTPRoute.rules.matches.headers.name',
                            type: 'string',
                          },
                          type: {
                            docKey: 'HTTPRoute.rules.matches.headers.type',
                            enum: ['Exact', 'RegularExpression'],
                            type: 'string',
                          },
                          value: {
                            docKey: 'HTTPRoute.rules.matches.headers.value',
                            type: 'string',
                          },
                        },
                        required: ['name', 'value'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    method: {
                      docKey: 'HTTPRoute.rules.matches.method',
                      enum: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'],
                      type: 'string',
                    },
                    path: {
                      docKey: 'HTTPRoute.rules.matches.path',
                      properties: {
                        type: {
                          docKey: 'HTTPRoute.rules.matches.path.type',
                          enum: ['Exact', 'PathPrefix', 'RegularExpression'],
                          type: 'string',
                        },
                        value: {
                          docKey: 'HTTPRoute.rules.matches.path.value',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                    queryParams: {
                      docKey: 'HTTPRoute.rules.matches.queryParams',
                      items: {
                        docKey: 'HTTPRoute.rules.matches.queryParams',
                        properties: {
                          name: {
                            docKey: 'HTTPRoute.rules.matches.queryParams.name',
                            type: 'string',
                          },
                          type: {
                            docKey: 'HTTPRoute.rules.matches.queryParams.type',
                            enum: ['Exact', 'RegularExpression'],
                            type: 'string',
                          },
                          value: {
                            docKey: 'HTTPRoute.rules.matches.queryParams.value',
                            type: 'string',
                          },
                        },
                        required: ['name', 'value'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                  },
                  type: 'object',
                },
                type: 'array',
              },
              name: {
                docKey: 'HTTPRoute.rules.name',
                type: 'string',
              },
              retry: {
                docKey: 'HTTPRoute.rules.retry',
                type: 'any',
              },
              sessionPersistence: {
                docKey: 'HTTPRoute.rules.sessionPersistence',
                type: 'any',
              },
              timeouts: {
                docKey: 'HTTPRoute.rules.timeouts',
                properties: {
                  backendRequest: {
                    docKey: 'HTTPRoute.rules.timeouts.backendRequest',
                    type: 'string',
                  },
                  request: {
                    docKey: 'HTTPRoute.rules.timeouts.request',
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
        useDefaultGateways: {
          docKey: 'HTTPRoute.useDefaultGateways',
          type: 'any',
        },
      },
      type: 'object',
    },
    storageVersion: 'v1',
    versions: ['v1', 'v1beta1'],
  },
  {
    group: 'gateway.networking.k8s.io',
    kind: 'GRPCRoute',
    spec: {
      docKey: 'GRPCRoute.spec',
      properties: {
        hostnames: {
          docKey: 'GRPCRoute.hostnames',
          items: {
            docKey: 'GRPCRoute.hostnames',
            type: 'string',
          },
          type: 'array',
        },
        parentRefs: {
          docKey: 'HTTPRoute.parentRefs',
          items: {
            docKey: 'HTTPRoute.parentRefs',
            properties: {
              group: {
                docKey: 'HTTPRoute.parentRefs.group',
                type: 'string',
              },
              kind: {
                docKey: 'HTTPRoute.parentRefs.kind',
                type: 'string',
              },
              name: {
                docKey: 'HTTPRoute.parentRefs.name',
                type: 'string',
              },
              namespace: {
                docKey: 'HTTPRoute.parentRefs.namespace',
                type: 'string',
              },
              port: {
                docKey: 'HTTPRoute.parentRefs.port',
                format: 'int32',
                maximum: 65535,
                minimum: 1,
                type: 'integer',
              },
              sectionName: {
                docKey: 'HTTPRoute.parentRefs.sectionName',
                type: 'string',
              },
            },
            required: ['name'],
            type: 'object',
          },
          type: 'array',
        },
        rules: {
          docKey: 'GRPCRoute.rules',
          items: {
            docKey: 'GRPCRoute.rules',
            properties: {
              backendRefs: {
                docKey: 'GRPCRoute.rules.backendRefs',
                items: {
                  docKey: 'GRPCRoute.rules.backendRefs',
                  properties: {
                    filters: {
                      docKey: 'GRPCRoute.rules.backendRefs.filters',
                      items: {
                        docKey: 'GRPCRoute.rules.backendRefs.filters',
                        properties: {
                          extensionRef: {
                            docKey: 'GRPCRoute.rules.filters.extensionRef',
                            properties: {
                              group: {
                                docKey: 'HTTPRoute.rules.filters.extensionRef.group',
                                type: 'string',
                              },
                              kind: {
                                docKey: 'HTTPRoute.rules.filters.extensionRef.kind',
                                type: 'string',
                              },
                              name: {
                                docKey: 'HTTPRoute.rules.filters.extensionRef.name',
                                type: 'string',
                              },
                            },
                            required: ['group', 'kind', 'name'],
                            type: 'object',
                          },
                          requestHeaderModifier: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier',
                            properties: {
                              add: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                                  properties: {
                                    name: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                      type: 'string',
                                    },
                                    value: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                      type: 'string',
                                    },
                                  },
                                  required: ['name', 'value'],
                                  type: 'object',
                                },
                                type: 'array',
                              },
                              remove: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                                  type: 'string',
                                },
                                type: 'array',
                              },
                              set: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                                  properties: {
                                    name: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                      type: 'string',
                                    },
                                    value: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                      type: 'string',
                                    },
                                  },
                                  required: ['name', 'value'],
                                  type: 'object',
                                },
                                type: 'array',
                              },
                            },
                            type: 'object',
                          },
                          requestMirror: {
                            docKey: 'HTTPRoute.rules.filters.requestMirror',
                            properties: {
                              backendRef: {
                                docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef',
                                properties: {
                                  group: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.group',
                                    type: 'string',
                                  },
                                  kind: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.kind',
                                    type: 'string',
                                  },
                                  name: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.name',
                                    type: 'string',
                                  },
                                  namespace: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.namespace',
                                    type: 'string',
                                  },
                                  port: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.port',
                                    format: 'int32',
                                    maximum: 65535,
                                    minimum: 1,
                                    type: 'integer',
                                  },
                                },
                                required: ['name'],
                                type: 'object',
                              },
                              fraction: {
                                docKey: 'HTTPRoute.rules.filters.requestMirror.fraction',
                                properties: {
                                  denominator: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.fraction.denominator',
                                    format: 'int32',
                                    minimum: 1,
                                    type: 'integer',
                                  },
                                  numerator: {
                                    docKey: 'HTTPRoute.rules.filters.requestMirror.fraction.numerator',
                                    format: 'int32',
                                    minimum: 0,
                                    type: 'integer',
                                  },
                                },
                                required: ['numerator'],
                                type: 'object',
                              },
                              percent: {
                                docKey: 'HTTPRoute.rules.filters.requestMirror.percent',
                                format: 'int32',
                                maximum: 100,
                                minimum: 0,
                                type: 'integer',
                              },
                            },
                            required: ['backendRef'],
                            type: 'object',
                          },
                          responseHeaderModifier: {
                            docKey: 'HTTPRoute.rules.filters.responseHeaderModifier',
                            properties: {
                              add: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                                  properties: {
                                    name: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                      type: 'string',
                                    },
                                    value: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                      type: 'string',
                                    },
                                  },
                                  required: ['name', 'value'],
                                  type: 'object',
                                },
                                type: 'array',
                              },
                              remove: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                                  type: 'string',
                                },
                                type: 'array',
                              },
                              set: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                                items: {
                                  docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                                  properties: {
                                    name: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                      type: 'string',
                                    },
                                    value: {
                                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                      type: 'string',
                                    },
                                  },
                                  required: ['name', 'value'],
                                  type: 'object',
                                },
                                type: 'array',
                              },
                            },
                            type: 'object',
                          },
                          type: {
                            docKey: 'GRPCRoute.rules.filters.type',
                            enum: [
                              'ResponseHeaderModifier',
                              'RequestHeaderModifier',
                              'RequestMirror',
                              'ExtensionRef',
                            ],
                            type: 'string',
                          },
                        },
                        required: ['type'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    group: {
                      docKey: 'GRPCRoute.rules.backendRefs.group',
                      type: 'string',
                    },
                    kind: {
                      docKey: 'GRPCRoute.rules.backendRefs.kind',
                      type: 'string',
                    },
                    name: {
                      docKey: 'GRPCRoute.rules.backendRefs.name',
                      type: 'string',
                    },
                    namespace: {
                      docKey: 'GRPCRoute.rules.backendRefs.namespace',
                      type: 'string',
                    },
                    port: {
                      docKey: 'GRPCRoute.rules.backendRefs.port',
                      format: 'int32',
                      maximum: 65535,
                      minimum: 1,
                      type: 'integer',
                    },
                    weight: {
                      docKey: 'GRPCRoute.rules.backendRefs.weight',
                      format: 'int32',
                      maximum: 1000000,
                      minimum: 0,
                      type: 'integer',
                    },
                  },
                  required: ['name'],
                  type: 'object',
                },
                type: 'array',
              },
              filters: {
                docKey: 'GRPCRoute.rules.filters',
                items: {
                  docKey: 'GRPCRoute.rules.filters',
                  properties: {
                    extensionRef: {
                      docKey: 'GRPCRoute.rules.filters.extensionRef',
                      properties: {
                        group: {
                          docKey: 'HTTPRoute.rules.filters.extensionRef.group',
                          type: 'string',
                        },
                        kind: {
                          docKey: 'HTTPRoute.rules.filters.extensionRef.kind',
                          type: 'string',
                        },
                        name: {
                          docKey: 'HTTPRoute.rules.filters.extensionRef.name',
                          type: 'string',
                        },
                      },
                      required: ['group', 'kind', 'name'],
                      type: 'object',
                    },
                    requestHeaderModifier: {
                      docKey: 'HTTPRoute.rules.filters.requestHeaderModifier',
                      properties: {
                        add: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                            properties: {
                              name: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                type: 'string',
                              },
                              value: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                type: 'string',
                              },
                            },
                            required: ['name', 'value'],
                            type: 'object',
                          },
                          type: 'array',
                        },
                        remove: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                            type: 'string',
                          },
                          type: 'array',
                        },
                        set: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                            properties: {
                              name: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                type: 'string',
                              },
                              value: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                type: 'string',
                              },
                            },
                            required: ['name', 'value'],
                            type: 'object',
                          },
                          type: 'array',
                        },
                      },
                      type: 'object',
                    },
                    requestMirror: {
                      docKey: 'HTTPRoute.rules.filters.requestMirror',
                      properties: {
                        backendRef: {
                          docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef',
                          properties: {
                            group: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.group',
                              type: 'string',
                            },
                            kind: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.kind',
                              type: 'string',
                            },
                            name: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.name',
                              type: 'string',
                            },
                            namespace: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.namespace',
                              type: 'string',
                            },
                            port: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.backendRef.port',
                              format: 'int32',
                              maximum: 65535,
                              minimum: 1,
                              type: 'integer',
                            },
                          },
                          required: ['name'],
                          type: 'object',
                        },
                        fraction: {
                          docKey: 'HTTPRoute.rules.filters.requestMirror.fraction',
                          properties: {
                            denominator: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.fraction.denominator',
                              format: 'int32',
                              minimum: 1,
                              type: 'integer',
                            },
                            numerator: {
                              docKey: 'HTTPRoute.rules.filters.requestMirror.fraction.numerator',
                              format: 'int32',
                              minimum: 0,
                              type: 'integer',
                            },
                          },
                          required: ['numerator'],
                          type: 'object',
                        },
                        percent: {
                          docKey: 'HTTPRoute.rules.filters.requestMirror.percent',
                          format: 'int32',
                          maximum: 100,
                          minimum: 0,
                          type: 'integer',
                        },
                      },
                      required: ['backendRef'],
                      type: 'object',
                    },
                    responseHeaderModifier: {
                      docKey: 'HTTPRoute.rules.filters.responseHeaderModifier',
                      properties: {
                        add: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add',
                            properties: {
                              name: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                type: 'string',
                              },
                              value: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                type: 'string',
                              },
                            },
                            required: ['name', 'value'],
                            type: 'object',
                          },
                          type: 'array',
                        },
                        remove: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.remove',
                            type: 'string',
                          },
                          type: 'array',
                        },
                        set: {
                          docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                          items: {
                            docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.set',
                            properties: {
                              name: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.name',
                                type: 'string',
                              },
                              value: {
                                docKey: 'HTTPRoute.rules.filters.requestHeaderModifier.add.value',
                                type: 'string',
                              },
                            },
                            required: ['name', 'value'],
                            type: 'object',
                          },
                          type: 'array',
                        },
                      },
                      type: 'object',
                    },
                    type: {
                      docKey: 'GRPCRoute.rules.filters.type',
                      enum: [
                        'ResponseHeaderModifier',
                        'RequestHeaderModifier',
                        'RequestMirror',
                        'ExtensionRef',
                      ],
                      type: 'string',
                    },
                  },
                  required: ['type'],
                  type: 'object',
                },
                type: 'array',
              },
              matches: {
                docKey: 'GRPCRoute.rules.matches',
                items: {
                  docKey: 'GRPCRoute.rules.matches',
                  properties: {
                    headers: {
                      docKey: 'GRPCRoute.rules.matches.headers',
                      items: {
                        docKey: 'GRPCRoute.rules.matches.headers',
                        properties: {
                          name: {
                            docKey: 'GRPCRoute.rules.matches.headers.name',
                            type: 'string',
                          },
                          type: {
                            docKey: 'GRPCRoute.rules.matches.headers.type',
                            enum: ['Exact', 'RegularExpression'],
                            type: 'string',
                          },
                          value: {
                            docKey: 'GRPCRoute.rules.matches.headers.value',
                            type: 'string',
                          },
                        },
                        required: ['name', 'value'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    method: {
                      docKey: 'GRPCRoute.rules.matches.method',
                      properties: {
                        method: {
                          docKey: 'GRPCRoute.rules.matches.method.method',
                          type: 'string',
                        },
                        service: {
                          docKey: 'GRPCRoute.rules.matches.method.service',
                          type: 'string',
                        },
                        type: {
                          docKey: 'GRPCRoute.rules.matches.method.type',
                          enum: ['Exact', 'RegularExpression'],
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
              name: {
                docKey: 'GRPCRoute.rules.name',
                type: 'string',
              },
              sessionPersistence: {
                docKey: 'GRPCRoute.rules.sessionPersistence',
                type: 'any',
              },
            },
            type: 'object',
          },
          type: 'array',
        },
        useDefaultGateways: {
          docKey: 'GRPCRoute.useDefaultGateways',
          type: 'any',
        },
      },
      type: 'object',
    },
    storageVersion: 'v1',
    versions: ['v1'],
  },
  {
    group: 'gateway.networking.k8s.io',
    kind: 'ReferenceGrant',
    spec: {
      docKey: 'ReferenceGrant.spec',
      properties: {
        from: {
          docKey: 'ReferenceGrant.from',
          items: {
            docKey: 'ReferenceGrant.from',
            properties: {
              group: {
                docKey: 'ReferenceGrant.from.group',
                type: 'string',
              },
              kind: {
                docKey: 'ReferenceGrant.from.kind',
                type: 'string',
              },
              namespace: {
                docKey: 'ReferenceGrant.from.namespace',
                type: 'string',
              },
            },
            required: ['group', 'kind', 'namespace'],
            type: 'object',
          },
          type: 'array',
        },
        to: {
          docKey: 'ReferenceGrant.to',
          items: {
            docKey: 'ReferenceGrant.to',
            properties: {
              group: {
                docKey: 'ReferenceGrant.to.group',
                type: 'string',
              },
              kind: {
                docKey: 'ReferenceGrant.to.kind',
                type: 'string',
              },
              name: {
                docKey: 'ReferenceGrant.to.name',
                type: 'string',
              },
            },
            required: ['group', 'kind'],
            type: 'object',
          },
          type: 'array',
        },
      },
      required: ['from', 'to'],
      type: 'object',
    },
    storageVersion: 'v1beta1',
    versions: ['v1', 'v1beta1'],
  },
  {
    group: 'argoproj.io',
    kind: 'Rollout',
    spec: {
      docKey: 'Rollout.spec',
      properties: {
        analysis: {
          docKey: 'Rollout.analysis',
          properties: {
            successfulRunHistoryLimit: {
              docKey: 'Rollout.analysis.successfulRunHistoryLimit',
              format: 'int32',
              type: 'integer',
            },
            unsuccessfulRunHistoryLimit: {
              docKey: 'Rollout.analysis.unsuccessfulRunHistoryLimit',
              format: 'int32',
              type: 'integer',
            },
          },
          type: 'object',
        },
        minReadySeconds: {
          docKey: 'Rollout.minReadySeconds',
          format: 'int32',
          type: 'integer',
        },
        paused: {
          docKey: 'Rollout.paused',
          type: 'boolean',
        },
        progressDeadlineAbort: {
          docKey: 'Rollout.progressDeadlineAbort',
          type: 'boolean',
        },
        progressDeadlineSeconds: {
          docKey: 'Rollout.progressDeadlineSeconds',
          format: 'int32',
          type: 'integer',
        },
        replicas: {
          docKey: 'Rollout.replicas',
          format: 'int32',
          type: 'integer',
        },
        restartAt: {
          docKey: 'Rollout.restartAt',
          format: 'date-time',
          type: 'string',
        },
        revisionHistoryLimit: {
          docKey: 'Rollout.revisionHistoryLimit',
          format: 'int32',
          type: 'integer',
        },
        rollbackWindow: {
          docKey: 'Rollout.rollbackWindow',
          properties: {
            revisions: {
              docKey: 'Rollout.rollbackWindow.revisions',
              format: 'int32',
              type: 'integer',
            },
          },
          type: 'object',
        },
        selector: {
          docKey: 'Rollout.selector',
          properties: {
            matchExpressions: {
              docKey: 'Rollout.selector.matchExpressions',
              items: {
                docKey: 'Rollout.selector.matchExpressions',
                properties: {
                  key: {
                    docKey: 'Rollout.selector.matchExpressions.key',
                    type: 'string',
                  },
                  operator: {
                    docKey: 'Rollout.selector.matchExpressions.operator',
                    type: 'string',
                  },
                  values: {
                    docKey: 'Rollout.selector.matchExpressions.values',
                    items: {
                      docKey: 'Rollout.selector.matchExpressions.values',
                      type: 'string',
                    },
                    type: 'array',
                  },
                },
                required: ['key', 'operator'],
                type: 'object',
              },
              type: 'array',
            },
            matchLabels: {
              docKey: 'Rollout.selector.matchLabels',
              type: 'map',
              values: {
                docKey: 'Rollout.selector.matchLabels',
                type: 'string',
              },
            },
          },
          type: 'object',
        },
        strategy: {
          docKey: 'Rollout.strategy',
          properties: {
            blueGreen: {
              docKey: 'Rollout.strategy.blueGreen',
              properties: {
                abortScaleDownDelaySeconds: {
                  docKey: 'Rollout.strategy.blueGreen.abortScaleDownDelaySeconds',
                  format: 'int32',
                  type: 'integer',
                },
                activeMetadata: {
                  docKey: 'Rollout.strategy.blueGreen.activeMetadata',
                  properties: {
                    annotations: {
                      docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                      type: 'map',
                      values: {
                        docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                        type: 'string',
                      },
                    },
                    labels: {
                      docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                      type: 'map',
                      values: {
                        docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                        type: 'string',
                      },
                    },
                  },
                  type: 'object',
                },
                activeService: {
                  docKey: 'Rollout.strategy.blueGreen.activeService',
                  type: 'string',
                },
                antiAffinity: {
                  docKey: 'Rollout.strategy.blueGreen.antiAffinity',
                  properties: {
                    preferredDuringSchedulingIgnoredDuringExecution: {
                      docKey:
                        'Rollout.strategy.blueGreen.antiAffinity.preferredDuringSchedulingIgnoredDuringExecution',
                      properties: {
                        weight: {
                          docKey:
                            'Rollout.strategy.blueGreen.antiAffinity.preferredDuringSchedulingIgnoredDuringExecution.weight',
                          format: 'int32',
                          type: 'integer',
                        },
                      },
                      required: ['weight'],
                      type: 'object',
                    },
                    requiredDuringSchedulingIgnoredDuringExecution: {
                      docKey:
                        'Rollout.strategy.blueGreen.antiAffinity.requiredDuringSchedulingIgnoredDuringExecution',
                      type: 'any',
                    },
                  },
                  type: 'object',
                },
                autoPromotionEnabled: {
                  docKey: 'Rollout.strategy.blueGreen.autoPromotionEnabled',
                  type: 'boolean',
                },
                autoPromotionSeconds: {
                  docKey: 'Rollout.strategy.blueGreen.autoPromotionSeconds',
                  format: 'int32',
                  type: 'integer',
                },
                maxUnavailable: {
                  docKey: 'Rollout.strategy.blueGreen.maxUnavailable',
                  type: 'int-or-string',
                },
                postPromotionAnalysis: {
                  docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis',
                  properties: {
                    analysisRunMetadata: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.analysisRunMetadata',
                      properties: {
                        annotations: {
                          docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                          type: 'map',
                          values: {
                            docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                            type: 'string',
                          },
                        },
                        labels: {
                          docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                          type: 'map',
                          values: {
                            docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                            type: 'string',
                          },
                        },
                      },
                      type: 'object',
                    },
                    args: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args',
                        properties: {
                          name: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.name',
                            type: 'string',
                          },
                          value: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.value',
                            type: 'string',
                          },
                          valueFrom: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom',
                            properties: {
                              fieldRef: {
                                docKey:
                                  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef',
                                properties: {
                                  fieldPath: {
                                    docKey:
                                      'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef.fieldPath',
                                    type: 'string',
                                  },
                                },
                                required: ['fieldPath'],
                                type: 'object',
                              },
                              podTemplateHashValue: {
                                docKey:
                                  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.podTemplateHashValue',
                                type: 'string',
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
                    dryRun: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun',
                        properties: {
                          metricName: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun.metricName',
                            type: 'string',
                          },
                        },
                        required: ['metricName'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    measurementRetention: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention',
                        properties: {
                          limit: {
                            docKey:
                              'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention.limit',
                            format: 'int32',
                            type: 'integer',
                          },
                          metricName: {
                            docKey:
                              'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention.metricName',
                            type: 'string',
                          },
                        },
                        required: ['limit', 'metricName'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    templates: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates',
                        properties: {
                          clusterScope: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates.clusterScope',
                            type: 'boolean',
                          },
                          templateName: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates.templateName',
                            type: 'string',
                          },
                        },
                        type: 'object',
                      },
                      type: 'array',
                    },
                  },
                  type: 'object',
                },
                prePromotionAnalysis: {
                  docKey: 'Rollout.strategy.blueGreen.prePromotionAnalysis',
                  properties: {
                    analysisRunMetadata: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.analysisRunMetadata',
                      properties: {
                        annotations: {
                          docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                          type: 'map',
                          values: {
                            docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                            type: 'string',
                          },
                        },
                        labels: {
                          docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                          type: 'map',
                          values: {
                            docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                            type: 'string',
                          },
                        },
                      },
                      type: 'object',
                    },
                    args: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args',
                        properties: {
                          name: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.name',
                            type: 'string',
                          },
                          value: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.value',
                            type: 'string',
                          },
                          valueFrom: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom',
                            properties: {
                              fieldRef: {
                                docKey:
                                  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef',
                                properties: {
                                  fieldPath: {
                                    docKey:
                                      'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef.fieldPath',
                                    type: 'string',
                                  },
                                },
                                required: ['fieldPath'],
                                type: 'object',
                              },
                              podTemplateHashValue: {
                                docKey:
                                  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.podTemplateHashValue',
                                type: 'string',
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
                    dryRun: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun',
                        properties: {
                          metricName: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun.metricName',
                            type: 'string',
                          },
                        },
                        required: ['metricName'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    measurementRetention: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention',
                        properties: {
                          limit: {
                            docKey:
                              'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention.limit',
                            format: 'int32',
                            type: 'integer',
                          },
                          metricName: {
                            docKey:
                              'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention.metricName',
                            type: 'string',
                          },
                        },
                        required: ['limit', 'metricName'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    templates: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates',
                        properties: {
                          clusterScope: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates.clusterScope',
                            type: 'boolean',
                          },
                          templateName: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates.templateName',
                            type: 'string',
                          },
                        },
                        type: 'object',
                      },
                      type: 'array',
                    },
                  },
                  type: 'object',
                },
                previewMetadata: {
                  docKey: 'Rollout.strategy.blueGreen.previewMetadata',
                  properties: {
                    annotations: {
                      docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                      type: 'map',
                      values: {
                        docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                        type: 'string',
                      },
                    },
                    labels: {
                      docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                      type: 'map',
                      values: {
                        docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                        type: 'string',
                      },
                    },
                  },
                  type: 'object',
                },
                previewReplicaCount: {
                  docKey: 'Rollout.strategy.blueGreen.previewReplicaCount',
                  format: 'int32',
                  type: 'integer',
                },
                previewService: {
                  docKey: 'Rollout.strategy.blueGreen.previewService',
                  type: 'string',
                },
                scaleDownDelayRevisionLimit: {
                  docKey: 'Rollout.strategy.blueGreen.scaleDownDelayRevisionLimit',
                  format: 'int32',
                  type: 'integer',
                },
                scaleDownDelaySeconds: {
                  docKey: 'Rollout.strategy.blueGreen.scaleDownDelaySeconds',
                  format: 'int32',
                  type: 'integer',
                },
              },
              required: ['activeService'],
              type: 'object',
            },
            canary: {
              docKey: 'Rollout.strategy.canary',
              properties: {
                abortScaleDownDelaySeconds: {
                  docKey: 'Rollout.strategy.canary.abortScaleDownDelaySeconds',
                  format: 'int32',
                  type: 'integer',
                },
                analysis: {
                  docKey: 'Rollout.strategy.canary.analysis',
                  properties: {
                    analysisRunMetadata: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.analysisRunMetadata',
                      properties: {
                        annotations: {
                          docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                          type: 'map',
                          values: {
                            docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                            type: 'string',
                          },
                        },
                        labels: {
                          docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                          type: 'map',
                          values: {
                            docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                            type: 'string',
                          },
                        },
                      },
                      type: 'object',
                    },
                    args: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args',
                        properties: {
                          name: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.name',
                            type: 'string',
                          },
                          value: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.value',
                            type: 'string',
                          },
                          valueFrom: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom',
                            properties: {
                              fieldRef: {
                                docKey:
                                  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef',
                                properties: {
                                  fieldPath: {
                                    docKey:
                                      'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef.fieldPath',
                                    type: 'string',
                                  },
                                },
                                required: ['fieldPath'],
                                type: 'object',
                              },
                              podTemplateHashValue: {
                                docKey:
                                  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.podTemplateHashValue',
                                type: 'string',
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
                    dryRun: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun',
                        properties: {
                          metricName: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun.metricName',
                            type: 'string',
                          },
                        },
                        required: ['metricName'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    measurementRetention: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention',
                        properties: {
                          limit: {
                            docKey:
                              'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention.limit',
                            format: 'int32',
                            type: 'integer',
                          },
                          metricName: {
                            docKey:
                              'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention.metricName',
                            type: 'string',
                          },
                        },
                        required: ['limit', 'metricName'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    startingStep: {
                      docKey: 'Rollout.strategy.canary.analysis.startingStep',
                      format: 'int32',
                      type: 'integer',
                    },
                    templates: {
                      docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates',
                      items: {
                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates',
                        properties: {
                          clusterScope: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates.clusterScope',
                            type: 'boolean',
                          },
                          templateName: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates.templateName',
                            type: 'string',
                          },
                        },
                        type: 'object',
                      },
                      type: 'array',
                    },
                  },
                  type: 'object',
                },
                antiAffinity: {
                  docKey: 'Rollout.strategy.blueGreen.antiAffinity',
                  properties: {
                    preferredDuringSchedulingIgnoredDuringExecution: {
                      docKey:
                        'Rollout.strategy.blueGreen.antiAffinity.preferredDuringSchedulingIgnoredDuringExecution',
                      properties: {
                        weight: {
                          docKey:
                            'Rollout.strategy.blueGreen.antiAffinity.preferredDuringSchedulingIgnoredDuringExecution.weight',
                          format: 'int32',
                          type: 'integer',
                        },
                      },
                      required: ['weight'],
                      type: 'object',
                    },
                    requiredDuringSchedulingIgnoredDuringExecution: {
                      docKey:
                        'Rollout.strategy.blueGreen.antiAffinity.requiredDuringSchedulingIgnoredDuringExecution',
                      type: 'any',
                    },
                  },
                  type: 'object',
                },
                canaryMetadata: {
                  docKey: 'Rollout.strategy.canary.canaryMetadata',
                  properties: {
                    annotations: {
                      docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                      type: 'map',
                      values: {
                        docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                        type: 'string',
                      },
                    },
                    labels: {
                      docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                      type: 'map',
                      values: {
                        docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                        type: 'string',
                      },
                    },
                  },
                  type: 'object',
                },
                canaryService: {
                  docKey: 'Rollout.strategy.canary.canaryService',
                  type: 'string',
                },
                dynamicStableScale: {
                  docKey: 'Rollout.strategy.canary.dynamicStableScale',
                  type: 'boolean',
                },
                maxSurge: {
                  docKey: 'Rollout.strategy.canary.maxSurge',
                  type: 'int-or-string',
                },
                maxUnavailable: {
                  docKey: 'Rollout.strategy.canary.maxUnavailable',
                  type: 'int-or-string',
                },
                minPodsPerReplicaSet: {
                  docKey: 'Rollout.strategy.canary.minPodsPerReplicaSet',
                  format: 'int32',
                  type: 'integer',
                },
                pingPong: {
                  docKey: 'Rollout.strategy.canary.pingPong',
                  properties: {
                    pingService: {
                      docKey: 'Rollout.strategy.canary.pingPong.pingService',
                      type: 'string',
                    },
                    pongService: {
                      docKey: 'Rollout.strategy.canary.pingPong.pongService',
                      type: 'string',
                    },
                  },
                  required: ['pingService', 'pongService'],
                  type: 'object',
                },
                replicaProgressThreshold: {
                  docKey: 'Rollout.strategy.canary.replicaProgressThreshold',
                  properties: {
                    type: {
                      docKey: 'Rollout.strategy.canary.replicaProgressThreshold.type',
                      type: 'string',
                    },
                    value: {
                      docKey: 'Rollout.strategy.canary.replicaProgressThreshold.value',
                      format: 'int32',
                      type: 'integer',
                    },
                  },
                  required: ['type', 'value'],
                  type: 'object',
                },
                scaleDownDelayRevisionLimit: {
                  docKey: 'Rollout.strategy.canary.scaleDownDelayRevisionLimit',
                  format: 'int32',
                  type: 'integer',
                },
                scaleDownDelaySeconds: {
                  docKey: 'Rollout.strategy.canary.scaleDownDelaySeconds',
                  format: 'int32',
                  type: 'integer',
                },
                stableMetadata: {
                  docKey: 'Rollout.strategy.canary.stableMetadata',
                  properties: {
                    annotations: {
                      docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                      type: 'map',
                      values: {
                        docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                        type: 'string',
                      },
                    },
                    labels: {
                      docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                      type: 'map',
                      values: {
                        docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                        type: 'string',
                      },
                    },
                  },
                  type: 'object',
                },
                stableService: {
                  docKey: 'Rollout.strategy.canary.stableService',
                  type: 'string',
                },
                steps: {
                  docKey: 'Rollout.strategy.canary.steps',
                  items: {
                    docKey: 'Rollout.strategy.canary.steps',
                    properties: {
                      analysis: {
                        docKey: 'Rollout.strategy.canary.steps.analysis',
                        properties: {
                          analysisRunMetadata: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.analysisRunMetadata',
                            properties: {
                              annotations: {
                                docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                                type: 'map',
                                values: {
                                  docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                                  type: 'string',
                                },
                              },
                              labels: {
                                docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                                type: 'map',
                                values: {
                                  docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                                  type: 'string',
                                },
                              },
                            },
                            type: 'object',
                          },
                          args: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args',
                            items: {
                              docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args',
                              properties: {
                                name: {
                                  docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.name',
                                  type: 'string',
                                },
                                value: {
                                  docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.value',
                                  type: 'string',
                                },
                                valueFrom: {
                                  docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom',
                                  properties: {
                                    fieldRef: {
                                      docKey:
                                        'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef',
                                      properties: {
                                        fieldPath: {
                                          docKey:
                                            'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef.fieldPath',
                                          type: 'string',
                                        },
                                      },
                                      required: ['fieldPath'],
                                      type: 'object',
                                    },
                                    podTemplateHashValue: {
                                      docKey:
                                        'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.podTemplateHashValue',
                                      type: 'string',
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
                          dryRun: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun',
                            items: {
                              docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun',
                              properties: {
                                metricName: {
                                  docKey:
                                    'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun.metricName',
                                  type: 'string',
                                },
                              },
                              required: ['metricName'],
                              type: 'object',
                            },
                            type: 'array',
                          },
                          measurementRetention: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention',
                            items: {
                              docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention',
                              properties: {
                                limit: {
                                  docKey:
                                    'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention.limit',
                                  format: 'int32',
                                  type: 'integer',
                                },
                                metricName: {
                                  docKey:
                                    'Rollout.strategy.blueGreen.postPromotionAnalysis.measurementRetention.metricName',
                                  type: 'string',
                                },
                              },
                              required: ['limit', 'metricName'],
                              type: 'object',
                            },
                            type: 'array',
                          },
                          templates: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates',
                            items: {
                              docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.templates',
                              properties: {
                                clusterScope: {
                                  docKey:
                                    'Rollout.strategy.blueGreen.postPromotionAnalysis.templates.clusterScope',
                                  type: 'boolean',
                                },
                                templateName: {
                                  docKey:
                                    'Rollout.strategy.blueGreen.postPromotionAnalysis.templates.templateName',
                                  type: 'string',
                                },
                              },
                              type: 'object',
                            },
                            type: 'array',
                          },
                        },
                        type: 'object',
                      },
                      experiment: {
                        docKey: 'Rollout.strategy.canary.steps.experiment',
                        properties: {
                          analyses: {
                            docKey: 'Rollout.strategy.canary.steps.experiment.analyses',
                            items: {
                              docKey: 'Rollout.strategy.canary.steps.experiment.analyses',
                              properties: {
                                args: {
                                  docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args',
                                  items: {
                                    docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args',
                                    properties: {
                                      name: {
                                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.name',
                                        type: 'string',
                                      },
                                      value: {
                                        docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.args.value',
                                        type: 'string',
                                      },
                                      valueFrom: {
                                        docKey:
                                          'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom',
                                        properties: {
                                          fieldRef: {
                                            docKey:
                                              'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef',
                                            properties: {
                                              fieldPath: {
                                                docKey:
                                                  'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.fieldRef.fieldPath',
                                                type: 'string',
                                              },
                                            },
                                            required: ['fieldPath'],
                                            type: 'object',
                                          },
                                          podTemplateHashValue: {
                                            docKey:
                                              'Rollout.strategy.blueGreen.postPromotionAnalysis.args.valueFrom.podTemplateHashValue',
                                            type: 'string',
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
                                clusterScope: {
                                  docKey: 'Rollout.strategy.canary.steps.experiment.analyses.clusterScope',
                                  type: 'boolean',
                                },
                                name: {
                                  docKey: 'Rollout.strategy.canary.steps.experiment.analyses.name',
                                  type: 'string',
                                },
                                requiredForCompletion: {
                                  docKey:
                                    'Rollout.strategy.canary.steps.experiment.analyses.requiredForCompletion',
                                  type: 'boolean',
                                },
                                templateName: {
                                  docKey: 'Rollout.strategy.canary.steps.experiment.analyses.templateName',
                                  type: 'string',
                                },
                              },
                              required: ['name', 'templateName'],
                              type: 'object',
                            },
                            type: 'array',
                          },
                          analysisRunMetadata: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.analysisRunMetadata',
                            properties: {
                              annotations: {
                                docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                                type: 'map',
                                values: {
                                  docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                                  type: 'string',
                                },
                              },
                              labels: {
                                docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                                type: 'map',
                                values: {
                                  docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                                  type: 'string',
                                },
                              },
                            },
                            type: 'object',
                          },
                          dryRun: {
                            docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun',
                            items: {
                              docKey: 'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun',
                              properties: {
                                metricName: {
                                  docKey:
                                    'Rollout.strategy.blueGreen.postPromotionAnalysis.dryRun.metricName',
                                  type: 'string',
                                },
                              },
                              required: ['metricName'],
                              type: 'object',
                            },
                            type: 'array',
                          },
                          duration: {
                            docKey: 'Rollout.strategy.canary.steps.experiment.duration',
                            type: 'string',
                          },
                          scaleDownDelaySeconds: {
                            docKey: 'Rollout.strategy.canary.steps.experiment.scaleDownDelaySeconds',
                            format: 'int32',
                            type: 'integer',
                          },
                          templates: {
                            docKey: 'Rollout.strategy.canary.steps.experiment.templates',
                            items: {
                              docKey: 'Rollout.strategy.canary.steps.experiment.templates',
                              properties: {
                                metadata: {
                                  docKey: 'Rollout.strategy.canary.steps.experiment.templates.metadata',
                                  properties: {
                                    annotations: {
                                      docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                                      type: 'map',
                                      values: {
                                        docKey: 'Rollout.strategy.blueGreen.activeMetadata.annotations',
                                        type: 'string',
                                      },
                                    },
                                    labels: {
                                      docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                                      type: 'map',
                                      values: {
                                        docKey: 'Rollout.strategy.blueGreen.activeMetadata.labels',
                                        type: 'string',
                                      },
                                    },
                                  },
                                  type: 'object',
                                },
                                name: {
                                  docKey: 'Rollout.strategy.canary.steps.experiment.templates.name',
                                  type: 'string',
                                },
                                replicas: {
                                  docKey: 'Rollout.strategy.canary.steps.experiment.templates.replicas',
                                  format: 'int32',
                                  type: 'integer',
                                },
                                selector: {
                                  docKey: 'Rollout.selector',
                                  properties: {
                                    matchExpressions: {
                                      docKey: 'Rollout.selector.matchExpressions',
                                      items: {
                                        docKey: 'Rollout.selector.matchExpressions',
                                        properties: {
                                          key: {
                                            docKey: 'Rollout.selector.matchExpressions.key',
                                            type: 'string',
                                          },
                                          operator: {
                                            docKey: 'Rollout.selector.matchExpressions.operator',
                                            type: 'string',
                                          },
                                          values: {
                                            docKey: 'Rollout.selector.matchExpressions.values',
                                            items: {
                                              docKey: 'Rollout.selector.matchExpressions.values',
                                              type: 'string',
                                            },
                                            type: 'array',
                                          },
                                        },
                                        required: ['key', 'operator'],
                                        type: 'object',
                                      },
                                      type: 'array',
                                    },
                                    matchLabels: {
                                      docKey: 'Rollout.selector.matchLabels',
                                      type: 'map',
                                      values: {
                                        docKey: 'Rollout.selector.matchLabels',
                                        type: 'string',
                                      },
                                    },
                                  },
                                  type: 'object',
                                },
                                service: {
                                  docKey: 'Rollout.strategy.canary.steps.experiment.templates.service',
                                  properties: {
                                    name: {
                                      docKey:
                                        'Rollout.strategy.canary.steps.experiment.templates.service.name',
                                      type: 'string',
                                    },
                                  },
                                  type: 'object',
                                },
                                specRef: {
                                  docKey: 'Rollout.strategy.canary.steps.experiment.templates.specRef',
                                  type: 'string',
                                },
                                weight: {
                                  docKey: 'Rollout.strategy.canary.steps.experiment.templates.weight',
                                  format: 'int32',
                                  type: 'integer',
                                },
                              },
                              required: ['name', 'specRef'],
                              type: 'object',
                            },
                            type: 'array',
                          },
                        },
                        required: ['templates'],
                        type: 'object',
                      },
                      pause: {
                        docKey: 'Rollout.strategy.canary.steps.pause',
                        properties: {
                          duration: {
                            docKey: 'Rollout.strategy.canary.steps.pause.duration',
                            type: 'int-or-string',
                          },
                        },
                        type: 'object',
                      },
                      plugin: {
                        docKey: 'Rollout.strategy.canary.steps.plugin',
                        properties: {
                          config: {
                            docKey: 'Rollout.strategy.canary.steps.plugin.config',
                            type: 'any',
                          },
                          name: {
                            docKey: 'Rollout.strategy.canary.steps.plugin.name',
                            type: 'string',
                          },
                        },
                        required: ['name'],
                        type: 'object',
                      },
                      setCanaryScale: {
                        docKey: 'Rollout.strategy.canary.steps.setCanaryScale',
                        properties: {
                          matchTrafficWeight: {
                            docKey: 'Rollout.strategy.canary.steps.setCanaryScale.matchTrafficWeight',
                            type: 'boolean',
                          },
                          replicas: {
                            docKey: 'Rollout.strategy.canary.steps.setCanaryScale.replicas',
                            format: 'int32',
                            type: 'integer',
                          },
                          weight: {
                            docKey: 'Rollout.strategy.canary.steps.setCanaryScale.weight',
                            format: 'int32',
                            type: 'integer',
                          },
                        },
                        type: 'object',
                      },
                      setHeaderRoute: {
                        docKey: 'Rollout.strategy.canary.steps.setHeaderRoute',
                        properties: {
                          match: {
                            docKey: 'Rollout.strategy.canary.steps.setHeaderRoute.match',
                            items: {
                              docKey: 'Rollout.strategy.canary.steps.setHeaderRoute.match',
                              properties: {
                                headerName: {
                                  docKey: 'Rollout.strategy.canary.steps.setHeaderRoute.match.headerName',
                                  type: 'string',
                                },
                                headerValue: {
                                  docKey: 'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue',
                                  properties: {
                                    exact: {
                                      docKey:
                                        'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.exact',
                                      type: 'string',
                                    },
                                    prefix: {
                                      docKey:
                                        'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.prefix',
                                      type: 'string',
                                    },
                                    regex: {
                                      docKey:
                                        'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.regex',
                                      type: 'string',
                                    },
                                  },
                                  type: 'object',
                                },
                              },
                              required: ['headerName', 'headerValue'],
                              type: 'object',
                            },
                            type: 'array',
                          },
                          name: {
                            docKey: 'Rollout.strategy.canary.steps.setHeaderRoute.name',
                            type: 'string',
                          },
                        },
                        type: 'object',
                      },
                      setMirrorRoute: {
                        docKey: 'Rollout.strategy.canary.steps.setMirrorRoute',
                        properties: {
                          match: {
                            docKey: 'Rollout.strategy.canary.steps.setMirrorRoute.match',
                            items: {
                              docKey: 'Rollout.strategy.canary.steps.setMirrorRoute.match',
                              properties: {
                                headers: {
                                  docKey: 'Rollout.strategy.canary.steps.setMirrorRoute.match.headers',
                                  type: 'map',
                                  values: {
                                    docKey: 'Rollout.strategy.canary.steps.setMirrorRoute.match.headers',
                                    properties: {
                                      exact: {
                                        docKey:
                                          'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.exact',
                                        type: 'string',
                                      },
                                      prefix: {
                                        docKey:
                                          'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.prefix',
                                        type: 'string',
                                      },
                                      regex: {
                                        docKey:
                                          'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.regex',
                                        type: 'string',
                                      },
                                    },
                                    type: 'object',
                                  },
                                },
                                method: {
                                  docKey: 'Rollout.strategy.canary.steps.setMirrorRoute.match.method',
                                  properties: {
                                    exact: {
                                      docKey:
                                        'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.exact',
                                      type: 'string',
                                    },
                                    prefix: {
                                      docKey:
                                        'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.prefix',
                                      type: 'string',
                                    },
                                    regex: {
                                      docKey:
                                        'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.regex',
                                      type: 'string',
                                    },
                                  },
                                  type: 'object',
                                },
                                path: {
                                  docKey: 'Rollout.strategy.canary.steps.setMirrorRoute.match.path',
                                  properties: {
                                    exact: {
                                      docKey:
                                        'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.exact',
                                      type: 'string',
                                    },
                                    prefix: {
                                      docKey:
                                        'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.prefix',
                                      type: 'string',
                                    },
                                    regex: {
                                      docKey:
                                        'Rollout.strategy.canary.steps.setHeaderRoute.match.headerValue.regex',
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
                          name: {
                            docKey: 'Rollout.strategy.canary.steps.setMirrorRoute.name',
                            type: 'string',
                          },
                          percentage: {
                            docKey: 'Rollout.strategy.canary.steps.setMirrorRoute.percentage',
                            format: 'int32',
                            type: 'integer',
                          },
                        },
                        required: ['name'],
                        type: 'object',
                      },
                      setWeight: {
                        docKey: 'Rollout.strategy.canary.steps.setWeight',
                        format: 'int32',
                        type: 'integer',
                      },
                    },
                    type: 'object',
                  },
                  type: 'array',
                },
                trafficRouting: {
                  docKey: 'Rollout.strategy.canary.trafficRouting',
                  properties: {
                    alb: {
                      docKey: 'Rollout.strategy.canary.trafficRouting.alb',
                      properties: {
                        annotationPrefix: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.alb.annotationPrefix',
                          type: 'string',
                        },
                        ingress: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.alb.ingress',
                          type: 'string',
                        },
                        ingresses: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.alb.ingresses',
                          items: {
                            docKey: 'Rollout.strategy.canary.trafficRouting.alb.ingresses',
                            type: 'string',
                          },
                          type: 'array',
                        },
                        rootService: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.alb.rootService',
                          type: 'string',
                        },
                        servicePort: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.alb.servicePort',
                          format: 'int32',
                          type: 'integer',
                        },
                        stickinessConfig: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.alb.stickinessConfig',
                          properties: {
                            durationSeconds: {
                              docKey:
                                'Rollout.strategy.canary.trafficRouting.alb.stickinessConfig.durationSeconds',
                              format: 'int64',
                              type: 'integer',
                            },
                            enabled: {
                              docKey: 'Rollout.strategy.canary.trafficRouting.alb.stickinessConfig.enabled',
                              type: 'boolean',
                            },
                          },
                          required: ['durationSeconds', 'enabled'],
                          type: 'object',
                        },
                      },
                      required: ['servicePort'],
                      type: 'object',
                    },
                    ambassador: {
                      docKey: 'Rollout.strategy.canary.trafficRouting.ambassador',
                      properties: {
                        mappings: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.ambassador.mappings',
                          items: {
                            docKey: 'Rollout.strategy.canary.trafficRouting.ambassador.mappings',
                            type: 'string',
                          },
                          type: 'array',
                        },
                      },
                      required: ['mappings'],
                      type: 'object',
                    },
                    apisix: {
                      docKey: 'Rollout.strategy.canary.trafficRouting.apisix',
                      properties: {
                        route: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.apisix.route',
                          properties: {
                            name: {
                              docKey: 'Rollout.strategy.canary.trafficRouting.apisix.route.name',
                              type: 'string',
                            },
                            rules: {
                              docKey: 'Rollout.strategy.canary.trafficRouting.apisix.route.rules',
                              items: {
                                docKey: 'Rollout.strategy.canary.trafficRouting.apisix.route.rules',
                                type: 'string',
                              },
                              type: 'array',
                            },
                          },
                          required: ['name'],
                          type: 'object',
                        },
                      },
                      type: 'object',
                    },
                    appMesh: {
                      docKey: 'Rollout.strategy.canary.trafficRouting.appMesh',
                      properties: {
                        virtualNodeGroup: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.appMesh.virtualNodeGroup',
                          properties: {
                            canaryVirtualNodeRef: {
                              docKey:
                                'Rollout.strategy.canary.trafficRouting.appMesh.virtualNodeGroup.canaryVirtualNodeRef',
                              properties: {
                                name: {
                                  docKey: 'Rollout.strategy.canary.trafficRouting.managedRoutes.name',
                                  type: 'string',
                                },
                              },
                              required: ['name'],
                              type: 'object',
                            },
                            stableVirtualNodeRef: {
                              docKey:
                                'Rollout.strategy.canary.trafficRouting.appMesh.virtualNodeGroup.stableVirtualNodeRef',
                              properties: {
                                name: {
                                  docKey: 'Rollout.strategy.canary.trafficRouting.managedRoutes.name',
                                  type: 'string',
                                },
                              },
                              required: ['name'],
                              type: 'object',
                            },
                          },
                          required: ['canaryVirtualNodeRef', 'stableVirtualNodeRef'],
                          type: 'object',
                        },
                        virtualService: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.appMesh.virtualService',
                          properties: {
                            name: {
                              docKey: 'Rollout.strategy.canary.trafficRouting.appMesh.virtualService.name',
                              type: 'string',
                            },
                            routes: {
                              docKey: 'Rollout.strategy.canary.trafficRouting.appMesh.virtualService.routes',
                              items: {
                                docKey:
                                  'Rollout.strategy.canary.trafficRouting.appMesh.virtualService.routes',
                                type: 'string',
                              },
                              type: 'array',
                            },
                          },
                          required: ['name'],
                          type: 'object',
                        },
                      },
                      type: 'object',
                    },
                    istio: {
                      docKey: 'Rollout.strategy.canary.trafficRouting.istio',
                      properties: {
                        destinationRule: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.istio.destinationRule',
                          properties: {
                            additionalSubsetNames: {
                              docKey:
                                'Rollout.strategy.canary.trafficRouting.istio.destinationRule.additionalSubsetNames',
                              items: {
                                docKey:
                                  'Rollout.strategy.canary.trafficRouting.istio.destinationRule.additionalSubsetNames',
                                type: 'string',
                              },
                              type: 'array',
                            },
                            canarySubsetName: {
                              docKey:
                                'Rollout.strategy.canary.trafficRouting.istio.destinationRule.canarySubsetName',
                              type: 'string',
                            },
                            name: {
                              docKey: 'Rollout.strategy.canary.trafficRouting.istio.destinationRule.name',
                              type: 'string',
                            },
                            stableSubsetName: {
                              docKey:
                                'Rollout.strategy.canary.trafficRouting.istio.destinationRule.stableSubsetName',
                              type: 'string',
                            },
                          },
                          required: ['canarySubsetName', 'name', 'stableSubsetName'],
                          type: 'object',
                        },
                        virtualService: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.istio.virtualService',
                          properties: {
                            name: {
                              docKey: 'Rollout.strategy.canary.trafficRouting.istio.virtualService.name',
                              type: 'string',
                            },
                            routes: {
                              docKey: 'Rollout.strategy.canary.trafficRouting.istio.virtualService.routes',
                              items: {
                                docKey: 'Rollout.strategy.canary.trafficRouting.istio.virtualService.routes',
                                type: 'string',
                              },
                              type: 'array',
                            },
                            tcpRoutes: {
                              docKey: 'Rollout.strategy.canary.trafficRouting.istio.virtualService.tcpRoutes',
                              items: {
                                docKey:
                                  'Rollout.strategy.canary.trafficRouting.istio.virtualService.tcpRoutes',
                                properties: {
                                  port: {
                                    docKey:
                                      'Rollout.strategy.canary.trafficRouting.istio.virtualService.tcpRoutes.port',
                                    format: 'int64',
                                    type: 'integer',
                                  },
                                },
                                type: 'object',
                              },
                              type: 'array',
                            },
                            tlsRoutes: {
                              docKey: 'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes',
                              items: {
                                docKey:
                                  'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes',
                                properties: {
                                  port: {
                                    docKey:
                                      'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes.port',
                                    format: 'int64',
                                    type: 'integer',
                                  },
                                  sniHosts: {
                                    docKey:
                                      'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes.sniHosts',
                                    items: {
                                      docKey:
                                        'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes.sniHosts',
                                      type: 'string',
                                    },
                                    type: 'array',
                                  },
                                },
                                type: 'object',
                              },
                              type: 'array',
                            },
                          },
                          required: ['name'],
                          type: 'object',
                        },
                        virtualServices: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.istio.virtualServices',
                          items: {
                            docKey: 'Rollout.strategy.canary.trafficRouting.istio.virtualServices',
                            properties: {
                              name: {
                                docKey: 'Rollout.strategy.canary.trafficRouting.istio.virtualService.name',
                                type: 'string',
                              },
                              routes: {
                                docKey: 'Rollout.strategy.canary.trafficRouting.istio.virtualService.routes',
                                items: {
                                  docKey:
                                    'Rollout.strategy.canary.trafficRouting.istio.virtualService.routes',
                                  type: 'string',
                                },
                                type: 'array',
                              },
                              tcpRoutes: {
                                docKey:
                                  'Rollout.strategy.canary.trafficRouting.istio.virtualService.tcpRoutes',
                                items: {
                                  docKey:
                                    'Rollout.strategy.canary.trafficRouting.istio.virtualService.tcpRoutes',
                                  properties: {
                                    port: {
                                      docKey:
                                        'Rollout.strategy.canary.trafficRouting.istio.virtualService.tcpRoutes.port',
                                      format: 'int64',
                                      type: 'integer',
                                    },
                                  },
                                  type: 'object',
                                },
                                type: 'array',
                              },
                              tlsRoutes: {
                                docKey:
                                  'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes',
                                items: {
                                  docKey:
                                    'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes',
                                  properties: {
                                    port: {
                                      docKey:
                                        'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes.port',
                                      format: 'int64',
                                      type: 'integer',
                                    },
                                    sniHosts: {
                                      docKey:
                                        'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes.sniHosts',
                                      items: {
                                        docKey:
                                          'Rollout.strategy.canary.trafficRouting.istio.virtualService.tlsRoutes.sniHosts',
                                        type: 'string',
                                      },
                                      type: 'array',
                                    },
                                  },
                                  type: 'object',
                                },
                                type: 'array',
                              },
                            },
                            required: ['name'],
                            type: 'object',
                          },
                          type: 'array',
                        },
                      },
                      type: 'object',
                    },
                    managedRoutes: {
                      docKey: 'Rollout.strategy.canary.trafficRouting.managedRoutes',
                      items: {
                        docKey: 'Rollout.strategy.canary.trafficRouting.managedRoutes',
                        properties: {
                          name: {
                            docKey: 'Rollout.strategy.canary.trafficRouting.managedRoutes.name',
                            type: 'string',
                          },
                        },
                        required: ['name'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                    maxTrafficWeight: {
                      docKey: 'Rollout.strategy.canary.trafficRouting.maxTrafficWeight',
                      format: 'int32',
                      type: 'integer',
                    },
                    nginx: {
                      docKey: 'Rollout.strategy.canary.trafficRouting.nginx',
                      properties: {
                        additionalIngressAnnotations: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.nginx.additionalIngressAnnotations',
                          type: 'map',
                          values: {
                            docKey:
                              'Rollout.strategy.canary.trafficRouting.nginx.additionalIngressAnnotations',
                            type: 'string',
                          },
                        },
                        annotationPrefix: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.nginx.annotationPrefix',
                          type: 'string',
                        },
                        canaryIngressAnnotations: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.nginx.canaryIngressAnnotations',
                          type: 'map',
                          values: {
                            docKey: 'Rollout.strategy.canary.trafficRouting.nginx.canaryIngressAnnotations',
                            type: 'string',
                          },
                        },
                        stableIngress: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.nginx.stableIngress',
                          type: 'string',
                        },
                        stableIngresses: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.nginx.stableIngresses',
                          items: {
                            docKey: 'Rollout.strategy.canary.trafficRouting.nginx.stableIngresses',
                            type: 'string',
                          },
                          type: 'array',
                        },
                      },
                      type: 'object',
                    },
                    plugins: {
                      docKey: 'Rollout.strategy.canary.trafficRouting.plugins',
                      type: 'any',
                    },
                    smi: {
                      docKey: 'Rollout.strategy.canary.trafficRouting.smi',
                      properties: {
                        rootService: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.smi.rootService',
                          type: 'string',
                        },
                        trafficSplitName: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.smi.trafficSplitName',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                    traefik: {
                      docKey: 'Rollout.strategy.canary.trafficRouting.traefik',
                      properties: {
                        weightedTraefikServiceName: {
                          docKey: 'Rollout.strategy.canary.trafficRouting.traefik.weightedTraefikServiceName',
                          type: 'string',
                        },
                      },
                      required: ['weightedTraefikServiceName'],
                      type: 'object',
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
        template: {
          docKey: 'Rollout.template',
          type: 'any',
        },
        workloadRef: {
          docKey: 'Rollout.workloadRef',
          properties: {
            apiVersion: {
              docKey: 'Rollout.workloadRef.apiVersion',
              type: 'string',
            },
            kind: {
              docKey: 'Rollout.workloadRef.kind',
              type: 'string',
            },
            name: {
              docKey: 'Rollout.workloadRef.name',
              type: 'string',
            },
            scaleDown: {
              docKey: 'Rollout.workloadRef.scaleDown',
              type: 'string',
            },
          },
          type: 'object',
        },
      },
      type: 'object',
    },
    storageVersion: 'v1alpha1',
    versions: ['v1alpha1'],
  },
  {
    group: 'flagger.app',
    kind: 'Canary',
    spec: {
      docKey: 'Canary.spec',
      properties: {
        analysis: {
          docKey: 'Canary.analysis',
          oneOf: [['iterations', 'stepWeight', 'stepWeights']],
          properties: {
            alerts: {
              docKey: 'Canary.analysis.alerts',
              items: {
                docKey: 'Canary.analysis.alerts',
                properties: {
                  name: {
                    docKey: 'Canary.analysis.alerts.name',
                    type: 'string',
                  },
                  providerRef: {
                    docKey: 'Canary.analysis.alerts.providerRef',
                    properties: {
                      name: {
                        docKey: 'Canary.analysis.alerts.providerRef.name',
                        type: 'string',
                      },
                      namespace: {
                        docKey: 'Canary.analysis.alerts.providerRef.namespace',
                        type: 'string',
                      },
                    },
                    required: ['name'],
                    type: 'object',
                  },
                  severity: {
                    docKey: 'Canary.analysis.alerts.severity',
                    enum: ['', 'info', 'warn', 'error'],
                    type: 'string',
                  },
                },
                required: ['name', 'providerRef'],
                type: 'object',
              },
              type: 'array',
            },
            canaryReadyThreshold: {
              docKey: 'Canary.analysis.canaryReadyThreshold',
              type: 'number',
            },
            interval: {
              docKey: 'Canary.analysis.interval',
              type: 'string',
            },
            iterations: {
              docKey: 'Canary.analysis.iterations',
              type: 'number',
            },
            match: {
              docKey: 'Canary.analysis.match',
              items: {
                docKey: 'Canary.analysis.match',
                properties: {
                  headers: {
                    docKey: 'Canary.analysis.match.headers',
                    type: 'map',
                    values: {
                      docKey: 'Canary.analysis.match.headers',
                      oneOf: [['exact', 'prefix', 'regex', 'suffix']],
                      properties: {
                        exact: {
                          docKey: 'Canary.analysis.match.headers.exact',
                          format: 'string',
                          type: 'string',
                        },
                        prefix: {
                          docKey: 'Canary.analysis.match.headers.prefix',
                          format: 'string',
                          type: 'string',
                        },
                        regex: {
                          docKey: 'Canary.analysis.match.headers.regex',
                          format: 'string',
                          type: 'string',
                        },
                        suffix: {
                          docKey: 'Canary.analysis.match.headers.suffix',
                          format: 'string',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                  },
                  queryParams: {
                    docKey: 'Canary.analysis.match.queryParams',
                    type: 'map',
                    values: {
                      docKey: 'Canary.analysis.match.queryParams',
                      oneOf: [['exact', 'prefix', 'regex']],
                      properties: {
                        exact: {
                          docKey: 'Canary.analysis.match.queryParams.exact',
                          type: 'string',
                        },
                        prefix: {
                          docKey: 'Canary.analysis.match.queryParams.prefix',
                          type: 'string',
                        },
                        regex: {
                          docKey: 'Canary.analysis.match.queryParams.regex',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                  },
                  sourceLabels: {
                    docKey: 'Canary.analysis.match.sourceLabels',
                    type: 'map',
                    values: {
                      docKey: 'Canary.analysis.match.sourceLabels',
                      format: 'string',
                      type: 'string',
                    },
                  },
                },
                type: 'object',
              },
              type: 'array',
            },
            maxWeight: {
              docKey: 'Canary.analysis.maxWeight',
              type: 'number',
            },
            metrics: {
              docKey: 'Canary.analysis.metrics',
              items: {
                docKey: 'Canary.analysis.metrics',
                properties: {
                  interval: {
                    docKey: 'Canary.analysis.metrics.interval',
                    type: 'string',
                  },
                  name: {
                    docKey: 'Canary.analysis.metrics.name',
                    type: 'string',
                  },
                  query: {
                    docKey: 'Canary.analysis.metrics.query',
                    type: 'string',
                  },
                  templateRef: {
                    docKey: 'Canary.analysis.metrics.templateRef',
                    properties: {
                      name: {
                        docKey: 'Canary.analysis.metrics.templateRef.name',
                        type: 'string',
                      },
                      namespace: {
                        docKey: 'Canary.analysis.metrics.templateRef.namespace',
                        type: 'string',
                      },
                    },
                    required: ['name'],
                    type: 'object',
                  },
                  templateVariables: {
                    docKey: 'Canary.analysis.metrics.templateVariables',
                    type: 'map',
                    values: {
                      docKey: 'Canary.analysis.metrics.templateVariables',
                      type: 'string',
                    },
                  },
                  threshold: {
                    docKey: 'Canary.analysis.metrics.threshold',
                    type: 'number',
                  },
                  thresholdRange: {
                    docKey: 'Canary.analysis.metrics.thresholdRange',
                    properties: {
                      max: {
                        docKey: 'Canary.analysis.metrics.thresholdRange.max',
                        type: 'number',
                      },
                      min: {
                        docKey: 'Canary.analysis.metrics.thresholdRange.min',
                        type: 'number',
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
            mirror: {
              docKey: 'Canary.analysis.mirror',
              type: 'boolean',
            },
            mirrorWeight: {
              docKey: 'Canary.analysis.mirrorWeight',
              type: 'number',
            },
            primaryReadyThreshold: {
              docKey: 'Canary.analysis.primaryReadyThreshold',
              type: 'number',
            },
            sessionAffinity: {
              docKey: 'Canary.analysis.sessionAffinity',
              properties: {
                cookieName: {
                  docKey: 'Canary.analysis.sessionAffinity.cookieName',
                  type: 'string',
                },
                domain: {
                  docKey: 'Canary.analysis.sessionAffinity.domain',
                  type: 'string',
                },
                httpOnly: {
                  docKey: 'Canary.analysis.sessionAffinity.httpOnly',
                  type: 'boolean',
                },
                maxAge: {
                  docKey: 'Canary.analysis.sessionAffinity.maxAge',
                  type: 'number',
                },
                partitioned: {
                  docKey: 'Canary.analysis.sessionAffinity.partitioned',
                  type: 'boolean',
                },
                path: {
                  docKey: 'Canary.analysis.sessionAffinity.path',
                  type: 'string',
                },
                primaryCookieName: {
                  docKey: 'Canary.analysis.sessionAffinity.primaryCookieName',
                  type: 'string',
                },
                sameSite: {
                  docKey: 'Canary.analysis.sessionAffinity.sameSite',
                  enum: ['Strict', 'Lax', 'None'],
                  type: 'string',
                },
                secure: {
                  docKey: 'Canary.analysis.sessionAffinity.secure',
                  type: 'boolean',
                },
              },
              required: ['cookieName'],
              type: 'object',
            },
            stepWeight: {
              docKey: 'Canary.analysis.stepWeight',
              type: 'number',
            },
            stepWeightPromotion: {
              docKey: 'Canary.analysis.stepWeightPromotion',
              type: 'number',
            },
            stepWeights: {
              docKey: 'Canary.analysis.stepWeights',
              items: {
                docKey: 'Canary.analysis.stepWeights',
                type: 'number',
              },
              type: 'array',
            },
            threshold: {
              docKey: 'Canary.analysis.threshold',
              type: 'number',
            },
            webhooks: {
              docKey: 'Canary.analysis.webhooks',
              items: {
                docKey: 'Canary.analysis.webhooks',
                properties: {
                  disableTLS: {
                    docKey: 'Canary.analysis.webhooks.disableTLS',
                    type: 'boolean',
                  },
                  metadata: {
                    docKey: 'Canary.analysis.webhooks.metadata',
                    type: 'map',
                    values: {
                      docKey: 'Canary.analysis.webhooks.metadata',
                      type: 'string',
                    },
                  },
                  muteAlert: {
                    docKey: 'Canary.analysis.webhooks.muteAlert',
                    type: 'boolean',
                  },
                  name: {
                    docKey: 'Canary.analysis.webhooks.name',
                    type: 'string',
                  },
                  retries: {
                    docKey: 'Canary.analysis.webhooks.retries',
                    type: 'number',
                  },
                  timeout: {
                    docKey: 'Canary.analysis.webhooks.timeout',
                    type: 'string',
                  },
                  type: {
                    docKey: 'Canary.analysis.webhooks.type',
                    enum: [
                      '',
                      'confirm-rollout',
                      'pre-rollout',
                      'rollout',
                      'confirm-promotion',
                      'post-rollout',
                      'event',
                      'rollback',
                      'confirm-traffic-increase',
                    ],
                    type: 'string',
                  },
                  url: {
                    docKey: 'Canary.analysis.webhooks.url',
                    format: 'url',
                    type: 'string',
                  },
                },
                required: ['name', 'url'],
                type: 'object',
              },
              type: 'array',
            },
          },
          required: ['interval', 'threshold'],
          type: 'object',
        },
        autoscalerRef: {
          docKey: 'Canary.autoscalerRef',
          properties: {
            apiVersion: {
              docKey: 'Canary.autoscalerRef.apiVersion',
              type: 'string',
            },
            kind: {
              docKey: 'Canary.autoscalerRef.kind',
              enum: ['HorizontalPodAutoscaler', 'ScaledObject'],
              type: 'string',
            },
            name: {
              docKey: 'Canary.autoscalerRef.name',
              type: 'string',
            },
            primaryScalerQueries: {
              docKey: 'Canary.autoscalerRef.primaryScalerQueries',
              type: 'map',
              values: {
                docKey: 'Canary.autoscalerRef.primaryScalerQueries',
                type: 'string',
              },
            },
            primaryScalerReplicas: {
              docKey: 'Canary.autoscalerRef.primaryScalerReplicas',
              properties: {
                maxReplicas: {
                  docKey: 'Canary.autoscalerRef.primaryScalerReplicas.maxReplicas',
                  minimum: 1,
                  type: 'integer',
                },
                minReplicas: {
                  docKey: 'Canary.autoscalerRef.primaryScalerReplicas.minReplicas',
                  minimum: 1,
                  type: 'integer',
                },
              },
              type: 'object',
            },
          },
          required: ['apiVersion', 'kind', 'name'],
          type: 'object',
        },
        ingressRef: {
          docKey: 'Canary.ingressRef',
          properties: {
            apiVersion: {
              docKey: 'Canary.ingressRef.apiVersion',
              type: 'string',
            },
            kind: {
              docKey: 'Canary.ingressRef.kind',
              enum: ['Ingress'],
              type: 'string',
            },
            name: {
              docKey: 'Canary.ingressRef.name',
              type: 'string',
            },
          },
          required: ['apiVersion', 'kind', 'name'],
          type: 'object',
        },
        metricsServer: {
          docKey: 'Canary.metricsServer',
          type: 'string',
        },
        progressDeadlineSeconds: {
          docKey: 'Canary.progressDeadlineSeconds',
          type: 'number',
        },
        provider: {
          docKey: 'Canary.provider',
          enum: [
            'apisix',
            'appmesh',
            'appmesh:v1beta2',
            'contour',
            'gatewayapi:v1',
            'gatewayapi:v1beta1',
            'gloo',
            'istio',
            'knative',
            'kubernetes',
            'kuma',
            'linkerd',
            'nginx',
            'osm',
            'skipper',
            'smi:v1alpha1',
            'smi:v1alpha2',
            'smi:v1alpha3',
            'traefik',
          ],
          type: 'string',
        },
        revertOnDeletion: {
          docKey: 'Canary.revertOnDeletion',
          type: 'boolean',
        },
        routeRef: {
          docKey: 'Canary.routeRef',
          properties: {
            apiVersion: {
              docKey: 'Canary.routeRef.apiVersion',
              type: 'string',
            },
            kind: {
              docKey: 'Canary.routeRef.kind',
              enum: ['ApisixRoute'],
              type: 'string',
            },
            name: {
              docKey: 'Canary.routeRef.name',
              type: 'string',
            },
          },
          required: ['apiVersion', 'kind', 'name'],
          type: 'object',
        },
        service: {
          docKey: 'Canary.service',
          properties: {
            apex: {
              docKey: 'Canary.service.apex',
              properties: {
                annotations: {
                  docKey: 'Canary.service.apex.annotations',
                  type: 'map',
                  values: {
                    docKey: 'Canary.service.apex.annotations',
                    type: 'string',
                  },
                },
                labels: {
                  docKey: 'Canary.service.apex.labels',
                  type: 'map',
                  values: {
                    docKey: 'Canary.service.apex.labels',
                    type: 'string',
                  },
                },
              },
              type: 'object',
            },
            appProtocol: {
              docKey: 'Canary.service.appProtocol',
              type: 'string',
            },
            backendTimeout: {
              docKey: 'Canary.service.backendTimeout',
              type: 'string',
            },
            backends: {
              docKey: 'Canary.service.backends',
              items: {
                docKey: 'Canary.service.backends',
                type: 'string',
              },
              type: 'array',
            },
            canary: {
              docKey: 'Canary.service.canary',
              properties: {
                annotations: {
                  docKey: 'Canary.service.apex.annotations',
                  type: 'map',
                  values: {
                    docKey: 'Canary.service.apex.annotations',
                    type: 'string',
                  },
                },
                labels: {
                  docKey: 'Canary.service.apex.labels',
                  type: 'map',
                  values: {
                    docKey: 'Canary.service.apex.labels',
                    type: 'string',
                  },
                },
              },
              type: 'object',
            },
            corsPolicy: {
              docKey: 'Canary.service.corsPolicy',
              properties: {
                allowCredentials: {
                  docKey: 'Canary.service.corsPolicy.allowCredentials',
                  type: 'boolean',
                },
                allowHeaders: {
                  docKey: 'Canary.service.corsPolicy.allowHeaders',
                  items: {
                    docKey: 'Canary.service.corsPolicy.allowHeaders',
                    format: 'string',
                    type: 'string',
                  },
                  type: 'array',
                },
                allowMethods: {
                  docKey: 'Canary.service.corsPolicy.allowMethods',
                  items: {
                    docKey: 'Canary.service.corsPolicy.allowMethods',
                    format: 'string',
                    type: 'string',
                  },
                  type: 'array',
                },
                allowOrigin: {
                  docKey: 'Canary.service.corsPolicy.allowOrigin',
                  items: {
                    docKey: 'Canary.service.corsPolicy.allowOrigin',
                    format: 'string',
                    type: 'string',
                  },
                  type: 'array',
                },
                allowOrigins: {
                  docKey: 'Canary.service.corsPolicy.allowOrigins',
                  items: {
                    docKey: 'Canary.service.corsPolicy.allowOrigins',
                    oneOf: [['exact', 'prefix', 'regex']],
                    properties: {
                      exact: {
                        docKey: 'Canary.service.corsPolicy.allowOrigins.exact',
                        format: 'string',
                        type: 'string',
                      },
                      prefix: {
                        docKey: 'Canary.service.corsPolicy.allowOrigins.prefix',
                        format: 'string',
                        type: 'string',
                      },
                      regex: {
                        docKey: 'Canary.service.corsPolicy.allowOrigins.regex',
                        format: 'string',
                        type: 'string',
                      },
                    },
                    type: 'object',
                  },
                  type: 'array',
                },
                exposeHeaders: {
                  docKey: 'Canary.service.corsPolicy.exposeHeaders',
                  items: {
                    docKey: 'Canary.service.corsPolicy.exposeHeaders',
                    format: 'string',
                    type: 'string',
                  },
                  type: 'array',
                },
                maxAge: {
                  docKey: 'Canary.service.corsPolicy.maxAge',
                  type: 'string',
                },
              },
              type: 'object',
            },
            delegation: {
              docKey: 'Canary.service.delegation',
              type: 'boolean',
            },
            gatewayRefs: {
              docKey: 'Canary.service.gatewayRefs',
              items: {
                docKey: 'Canary.service.gatewayRefs',
                properties: {
                  group: {
                    docKey: 'Canary.service.gatewayRefs.group',
                    type: 'string',
                  },
                  kind: {
                    docKey: 'Canary.service.gatewayRefs.kind',
                    type: 'string',
                  },
                  name: {
                    docKey: 'Canary.service.gatewayRefs.name',
                    type: 'string',
                  },
                  namespace: {
                    docKey: 'Canary.service.gatewayRefs.namespace',
                    type: 'string',
                  },
                  port: {
                    docKey: 'Canary.service.gatewayRefs.port',
                    format: 'int32',
                    maximum: 65535,
                    minimum: 1,
                    type: 'integer',
                  },
                  sectionName: {
                    docKey: 'Canary.service.gatewayRefs.sectionName',
                    type: 'string',
                  },
                },
                required: ['name'],
                type: 'object',
              },
              type: 'array',
            },
            gateways: {
              docKey: 'Canary.service.gateways',
              items: {
                docKey: 'Canary.service.gateways',
                type: 'string',
              },
              type: 'array',
            },
            headers: {
              docKey: 'Canary.service.headers',
              properties: {
                request: {
                  docKey: 'Canary.service.headers.request',
                  properties: {
                    add: {
                      docKey: 'Canary.service.headers.request.add',
                      type: 'map',
                      values: {
                        docKey: 'Canary.service.headers.request.add',
                        format: 'string',
                        type: 'string',
                      },
                    },
                    remove: {
                      docKey: 'Canary.service.headers.request.remove',
                      items: {
                        docKey: 'Canary.service.headers.request.remove',
                        format: 'string',
                        type: 'string',
                      },
                      type: 'array',
                    },
                    set: {
                      docKey: 'Canary.service.headers.request.set',
                      type: 'map',
                      values: {
                        docKey: 'Canary.service.headers.request.set',
                        format: 'string',
                        type: 'string',
                      },
                    },
                  },
                  type: 'object',
                },
                response: {
                  docKey: 'Canary.service.headers.response',
                  properties: {
                    add: {
                      docKey: 'Canary.service.headers.request.add',
                      type: 'map',
                      values: {
                        docKey: 'Canary.service.headers.request.add',
                        format: 'string',
                        type: 'string',
                      },
                    },
                    remove: {
                      docKey: 'Canary.service.headers.request.remove',
                      items: {
                        docKey: 'Canary.service.headers.request.remove',
                        format: 'string',
                        type: 'string',
                      },
                      type: 'array',
                    },
                    set: {
                      docKey: 'Canary.service.headers.request.set',
                      type: 'map',
                      values: {
                        docKey: 'Canary.service.headers.request.set',
                        format: 'string',
                        type: 'string',
                      },
                    },
                  },
                  type: 'object',
                },
              },
              type: 'object',
            },
            headless: {
              docKey: 'Canary.service.headless',
              type: 'boolean',
            },
            hosts: {
              docKey: 'Canary.service.hosts',
              items: {
                docKey: 'Canary.service.hosts',
                type: 'string',
              },
              type: 'array',
            },
            match: {
              docKey: 'Canary.service.match',
              items: {
                docKey: 'Canary.service.match',
                properties: {
                  authority: {
                    docKey: 'Canary.service.match.authority',
                    oneOf: [['exact', 'prefix', 'regex']],
                    properties: {
                      exact: {
                        docKey: 'Canary.service.match.authority.exact',
                        format: 'string',
                        type: 'string',
                      },
                      prefix: {
                        docKey: 'Canary.service.match.authority.prefix',
                        format: 'string',
                        type: 'string',
                      },
                      regex: {
                        docKey: 'Canary.service.match.authority.regex',
                        format: 'string',
                        type: 'string',
                      },
                    },
                    type: 'object',
                  },
                  gateways: {
                    docKey: 'Canary.service.match.gateways',
                    items: {
                      docKey: 'Canary.service.match.gateways',
                      format: 'string',
                      type: 'string',
                    },
                    type: 'array',
                  },
                  headers: {
                    docKey: 'Canary.service.match.headers',
                    type: 'map',
                    values: {
                      docKey: 'Canary.service.match.headers',
                      oneOf: [['exact', 'prefix', 'regex']],
                      properties: {
                        exact: {
                          docKey: 'Canary.service.match.authority.exact',
                          format: 'string',
                          type: 'string',
                        },
                        prefix: {
                          docKey: 'Canary.service.match.authority.prefix',
                          format: 'string',
                          type: 'string',
                        },
                        regex: {
                          docKey: 'Canary.service.match.authority.regex',
                          format: 'string',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                  },
                  ignoreUriCase: {
                    docKey: 'Canary.service.match.ignoreUriCase',
                    type: 'boolean',
                  },
                  method: {
                    docKey: 'Canary.service.match.method',
                    oneOf: [['exact', 'prefix', 'regex']],
                    properties: {
                      exact: {
                        docKey: 'Canary.service.match.authority.exact',
                        format: 'string',
                        type: 'string',
                      },
                      prefix: {
                        docKey: 'Canary.service.match.authority.prefix',
                        format: 'string',
                        type: 'string',
                      },
                      regex: {
                        docKey: 'Canary.service.match.authority.regex',
                        format: 'string',
                        type: 'string',
                      },
                    },
                    type: 'object',
                  },
                  name: {
                    docKey: 'Canary.service.match.name',
                    format: 'string',
                    type: 'string',
                  },
                  port: {
                    docKey: 'Canary.service.match.port',
                    type: 'integer',
                  },
                  queryParams: {
                    docKey: 'Canary.service.match.queryParams',
                    type: 'map',
                    values: {
                      docKey: 'Canary.service.match.queryParams',
                      oneOf: [['exact', 'prefix', 'regex']],
                      properties: {
                        exact: {
                          docKey: 'Canary.service.match.authority.exact',
                          format: 'string',
                          type: 'string',
                        },
                        prefix: {
                          docKey: 'Canary.service.match.authority.prefix',
                          format: 'string',
                          type: 'string',
                        },
                        regex: {
                          docKey: 'Canary.service.match.authority.regex',
                          format: 'string',
                          type: 'string',
                        },
                      },
                      type: 'object',
                    },
                  },
                  scheme: {
                    docKey: 'Canary.service.match.scheme',
                    oneOf: [['exact', 'prefix', 'regex']],
                    properties: {
                      exact: {
                        docKey: 'Canary.service.match.authority.exact',
                        format: 'string',
                        type: 'string',
                      },
                      prefix: {
                        docKey: 'Canary.service.match.authority.prefix',
                        format: 'string',
                        type: 'string',
                      },
                      regex: {
                        docKey: 'Canary.service.match.authority.regex',
                        format: 'string',
                        type: 'string',
                      },
                    },
                    type: 'object',
                  },
                  sourceLabels: {
                    docKey: 'Canary.service.match.sourceLabels',
                    type: 'map',
                    values: {
                      docKey: 'Canary.service.match.sourceLabels',
                      format: 'string',
                      type: 'string',
                    },
                  },
                  sourceNamespace: {
                    docKey: 'Canary.service.match.sourceNamespace',
                    format: 'string',
                    type: 'string',
                  },
                  uri: {
                    docKey: 'Canary.service.match.uri',
                    oneOf: [['exact', 'prefix', 'regex']],
                    properties: {
                      exact: {
                        docKey: 'Canary.service.match.authority.exact',
                        format: 'string',
                        type: 'string',
                      },
                      prefix: {
                        docKey: 'Canary.service.match.authority.prefix',
                        format: 'string',
                        type: 'string',
                      },
                      regex: {
                        docKey: 'Canary.service.match.authority.regex',
                        format: 'string',
                        type: 'string',
                      },
                    },
                    type: 'object',
                  },
                  withoutHeaders: {
                    docKey: 'Canary.service.match.withoutHeaders',
                    type: 'map',
                    values: {
                      docKey: 'Canary.service.match.withoutHeaders',
                      oneOf: [['exact', 'prefix', 'regex']],
                      properties: {
                        exact: {
                          docKey: 'Canary.service.match.authority.exact',
                          format: 'string',
                          type: 'string',
                        },
                        prefix: {
                          docKey: 'Canary.service.match.authority.prefix',
                          format: 'string',
                          type: 'string',
                        },
                        regex: {
                          docKey: 'Canary.service.match.authority.regex',
                          format: 'string',
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
            meshName: {
              docKey: 'Canary.service.meshName',
              type: 'string',
            },
            mirror: {
              docKey: 'Canary.service.mirror',
              items: {
                docKey: 'Canary.service.mirror',
                properties: {
                  backendRef: {
                    docKey: 'Canary.service.mirror.backendRef',
                    properties: {
                      group: {
                        docKey: 'Canary.service.mirror.backendRef.group',
                        type: 'string',
                      },
                      kind: {
                        docKey: 'Canary.service.mirror.backendRef.kind',
                        type: 'string',
                      },
                      name: {
                        docKey: 'Canary.service.mirror.backendRef.name',
                        type: 'string',
                      },
                      namespace: {
                        docKey: 'Canary.service.mirror.backendRef.namespace',
                        type: 'string',
                      },
                      port: {
                        docKey: 'Canary.service.mirror.backendRef.port',
                        format: 'int32',
                        maximum: 65535,
                        minimum: 1,
                        type: 'integer',
                      },
                    },
                    required: ['name'],
                    type: 'object',
                  },
                },
                type: 'object',
              },
              type: 'array',
            },
            name: {
              docKey: 'Canary.service.name',
              type: 'string',
            },
            port: {
              docKey: 'Canary.service.port',
              type: 'number',
            },
            portDiscovery: {
              docKey: 'Canary.service.portDiscovery',
              type: 'boolean',
            },
            portName: {
              docKey: 'Canary.service.portName',
              type: 'string',
            },
            primary: {
              docKey: 'Canary.service.primary',
              properties: {
                annotations: {
                  docKey: 'Canary.service.apex.annotations',
                  type: 'map',
                  values: {
                    docKey: 'Canary.service.apex.annotations',
                    type: 'string',
                  },
                },
                labels: {
                  docKey: 'Canary.service.apex.labels',
                  type: 'map',
                  values: {
                    docKey: 'Canary.service.apex.labels',
                    type: 'string',
                  },
                },
              },
              type: 'object',
            },
            retries: {
              docKey: 'Canary.service.retries',
              properties: {
                attempts: {
                  docKey: 'Canary.service.retries.attempts',
                  format: 'int32',
                  type: 'integer',
                },
                perTryTimeout: {
                  docKey: 'Canary.service.retries.perTryTimeout',
                  type: 'string',
                },
                retryOn: {
                  docKey: 'Canary.service.retries.retryOn',
                  format: 'string',
                  type: 'string',
                },
              },
              type: 'object',
            },
            rewrite: {
              docKey: 'Canary.service.rewrite',
              properties: {
                authority: {
                  docKey: 'Canary.service.rewrite.authority',
                  format: 'string',
                  type: 'string',
                },
                type: {
                  docKey: 'Canary.service.rewrite.type',
                  format: 'string',
                  type: 'string',
                },
                uri: {
                  docKey: 'Canary.service.rewrite.uri',
                  format: 'string',
                  type: 'string',
                },
              },
              type: 'object',
            },
            targetPort: {
              docKey: 'Canary.service.targetPort',
              type: 'int-or-string',
            },
            timeout: {
              docKey: 'Canary.service.timeout',
              type: 'string',
            },
            trafficDistribution: {
              docKey: 'Canary.service.trafficDistribution',
              enum: ['PreferClose', 'PreferSameZone', 'PreferSameNode'],
              type: 'string',
            },
            trafficPolicy: {
              docKey: 'Canary.service.trafficPolicy',
              properties: {
                connectionPool: {
                  docKey: 'Canary.service.trafficPolicy.connectionPool',
                  properties: {
                    http: {
                      docKey: 'Canary.service.trafficPolicy.connectionPool.http',
                      properties: {
                        h2UpgradePolicy: {
                          docKey: 'Canary.service.trafficPolicy.connectionPool.http.h2UpgradePolicy',
                          enum: ['DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE'],
                          type: 'string',
                        },
                        http1MaxPendingRequests: {
                          docKey: 'Canary.service.trafficPolicy.connectionPool.http.http1MaxPendingRequests',
                          format: 'int32',
                          type: 'integer',
                        },
                        http2MaxRequests: {
                          docKey: 'Canary.service.trafficPolicy.connectionPool.http.http2MaxRequests',
                          format: 'int32',
                          type: 'integer',
                        },
                        idleTimeout: {
                          docKey: 'Canary.service.trafficPolicy.connectionPool.http.idleTimeout',
                          type: 'string',
                        },
                        maxRequestsPerConnection: {
                          docKey: 'Canary.service.trafficPolicy.connectionPool.http.maxRequestsPerConnection',
                          format: 'int32',
                          type: 'integer',
                        },
                        maxRetries: {
                          docKey: 'Canary.service.trafficPolicy.connectionPool.http.maxRetries',
                          format: 'int32',
                          type: 'integer',
                        },
                      },
                      type: 'object',
                    },
                  },
                  type: 'object',
                },
                loadBalancer: {
                  docKey: 'Canary.service.trafficPolicy.loadBalancer',
                  oneOf: [['consistentHash', 'simple']],
                  properties: {
                    consistentHash: {
                      docKey: 'Canary.service.trafficPolicy.loadBalancer.consistentHash',
                      properties: {
                        httpCookie: {
                          docKey: 'Canary.service.trafficPolicy.loadBalancer.consistentHash.httpCookie',
                          properties: {
                            name: {
                              docKey:
                                'Canary.service.trafficPolicy.loadBalancer.consistentHash.httpCookie.name',
                              format: 'string',
                              type: 'string',
                            },
                            path: {
                              docKey:
                                'Canary.service.trafficPolicy.loadBalancer.consistentHash.httpCookie.path',
                              format: 'string',
                              type: 'string',
                            },
                            ttl: {
                              docKey:
                                'Canary.service.trafficPolicy.loadBalancer.consistentHash.httpCookie.ttl',
                              type: 'string',
                            },
                          },
                          type: 'object',
                        },
                        httpHeaderName: {
                          docKey: 'Canary.service.trafficPolicy.loadBalancer.consistentHash.httpHeaderName',
                          format: 'string',
                          type: 'string',
                        },
                        httpQueryParameterName: {
                          docKey:
                            'Canary.service.trafficPolicy.loadBalancer.consistentHash.httpQueryParameterName',
                          format: 'string',
                          type: 'string',
                        },
                        minimumRingSize: {
                          docKey: 'Canary.service.trafficPolicy.loadBalancer.consistentHash.minimumRingSize',
                          type: 'integer',
                        },
                        useSourceIp: {
                          docKey: 'Canary.service.trafficPolicy.loadBalancer.consistentHash.useSourceIp',
                          type: 'boolean',
                        },
                      },
                      type: 'object',
                    },
                    localityLbSetting: {
                      docKey: 'Canary.service.trafficPolicy.loadBalancer.localityLbSetting',
                      properties: {
                        distribute: {
                          docKey: 'Canary.service.trafficPolicy.loadBalancer.localityLbSetting.distribute',
                          items: {
                            docKey: 'Canary.service.trafficPolicy.loadBalancer.localityLbSetting.distribute',
                            properties: {
                              from: {
                                docKey:
                                  'Canary.service.trafficPolicy.loadBalancer.localityLbSetting.distribute.from',
                                format: 'string',
                                type: 'string',
                              },
                              to: {
                                docKey:
                                  'Canary.service.trafficPolicy.loadBalancer.localityLbSetting.distribute.to',
                                type: 'map',
                                values: {
                                  docKey:
                                    'Canary.service.trafficPolicy.loadBalancer.localityLbSetting.distribute.to',
                                  type: 'integer',
                                },
                              },
                            },
                            type: 'object',
                          },
                          type: 'array',
                        },
                        enabled: {
                          docKey: 'Canary.service.trafficPolicy.loadBalancer.localityLbSetting.enabled',
                          type: 'boolean',
                        },
                        failover: {
                          docKey: 'Canary.service.trafficPolicy.loadBalancer.localityLbSetting.failover',
                          items: {
                            docKey: 'Canary.service.trafficPolicy.loadBalancer.localityLbSetting.failover',
                            properties: {
                              from: {
                                docKey:
                                  'Canary.service.trafficPolicy.loadBalancer.localityLbSetting.failover.from',
                                format: 'string',
                                type: 'string',
                              },
                              to: {
                                docKey:
                                  'Canary.service.trafficPolicy.loadBalancer.localityLbSetting.failover.to',
                                format: 'string',
                                type: 'string',
                              },
                            },
                            type: 'object',
                          },
                          type: 'array',
                        },
                      },
                      type: 'object',
                    },
                    simple: {
                      docKey: 'Canary.service.trafficPolicy.loadBalancer.simple',
                      enum: ['ROUND_ROBIN', 'LEAST_CONN', 'RANDOM', 'PASSTHROUGH', 'LEAST_REQUEST'],
                      type: 'string',
                    },
                    warmupDurationSecs: {
                      docKey: 'Canary.service.trafficPolicy.loadBalancer.warmupDurationSecs',
                      type: 'string',
                    },
                  },
                  type: 'object',
                },
                outlierDetection: {
                  docKey: 'Canary.service.trafficPolicy.outlierDetection',
                  properties: {
                    baseEjectionTime: {
                      docKey: 'Canary.service.trafficPolicy.outlierDetection.baseEjectionTime',
                      type: 'string',
                    },
                    consecutive5xxErrors: {
                      docKey: 'Canary.service.trafficPolicy.outlierDetection.consecutive5xxErrors',
                      type: 'integer',
                    },
                    consecutiveErrors: {
                      docKey: 'Canary.service.trafficPolicy.outlierDetection.consecutiveErrors',
                      format: 'int32',
                      type: 'integer',
                    },
                    consecutiveGatewayErrors: {
                      docKey: 'Canary.service.trafficPolicy.outlierDetection.consecutiveGatewayErrors',
                      format: 'int32',
                      type: 'integer',
                    },
                    consecutiveLocalOriginFailures: {
                      docKey: 'Canary.service.trafficPolicy.outlierDetection.consecutiveLocalOriginFailures',
                      format: 'int32',
                      type: 'integer',
                    },
                    interval: {
                      docKey: 'Canary.service.trafficPolicy.outlierDetection.interval',
                      type: 'string',
                    },
                    maxEjectionPercent: {
                      docKey: 'Canary.service.trafficPolicy.outlierDetection.maxEjectionPercent',
                      format: 'int32',
                      type: 'integer',
                    },
                    minHealthPercent: {
                      docKey: 'Canary.service.trafficPolicy.outlierDetection.minHealthPercent',
                      format: 'int32',
                      type: 'integer',
                    },
                    splitExternalLocalOriginErrors: {
                      docKey: 'Canary.service.trafficPolicy.outlierDetection.splitExternalLocalOriginErrors',
                      type: 'boolean',
                    },
                  },
                  type: 'object',
                },
                tls: {
                  docKey: 'Canary.service.trafficPolicy.tls',
                  properties: {
                    caCertificates: {
                      docKey: 'Canary.service.trafficPolicy.tls.caCertificates',
                      format: 'string',
                      type: 'string',
                    },
                    clientCertificate: {
                      docKey: 'Canary.service.trafficPolicy.tls.clientCertificate',
                      format: 'string',
                      type: 'string',
                    },
                    mode: {
                      docKey: 'Canary.service.trafficPolicy.tls.mode',
                      enum: ['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL'],
                      type: 'string',
                    },
                    privateKey: {
                      docKey: 'Canary.service.trafficPolicy.tls.privateKey',
                      format: 'string',
                      type: 'string',
                    },
                    sni: {
                      docKey: 'Canary.service.trafficPolicy.tls.sni',
                      format: 'string',
                      type: 'string',
                    },
                    subjectAltNames: {
                      docKey: 'Canary.service.trafficPolicy.tls.subjectAltNames',
                      items: {
                        docKey: 'Canary.service.trafficPolicy.tls.subjectAltNames',
                        format: 'string',
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
            unmanagedMetadata: {
              docKey: 'Canary.service.unmanagedMetadata',
              properties: {
                annotations: {
                  docKey: 'Canary.service.unmanagedMetadata.annotations',
                  items: {
                    docKey: 'Canary.service.unmanagedMetadata.annotations',
                    type: 'string',
                  },
                  type: 'array',
                },
                labels: {
                  docKey: 'Canary.service.unmanagedMetadata.labels',
                  items: {
                    docKey: 'Canary.service.unmanagedMetadata.labels',
                    type: 'string',
                  },
                  type: 'array',
                },
              },
              type: 'object',
            },
          },
          required: ['port'],
          type: 'object',
        },
        skipAnalysis: {
          docKey: 'Canary.skipAnalysis',
          type: 'boolean',
        },
        suspend: {
          docKey: 'Canary.suspend',
          type: 'boolean',
        },
        targetRef: {
          docKey: 'Canary.targetRef',
          properties: {
            apiVersion: {
              docKey: 'Canary.targetRef.apiVersion',
              type: 'string',
            },
            kind: {
              docKey: 'Canary.targetRef.kind',
              enum: ['DaemonSet', 'Deployment', 'Service'],
              type: 'string',
            },
            name: {
              docKey: 'Canary.targetRef.name',
              type: 'string',
            },
          },
          required: ['apiVersion', 'kind', 'name'],
          type: 'object',
        },
        upstreamRef: {
          docKey: 'Canary.upstreamRef',
          properties: {
            apiVersion: {
              docKey: 'Canary.upstreamRef.apiVersion',
              type: 'string',
            },
            kind: {
              docKey: 'Canary.upstreamRef.kind',
              enum: ['Upstream'],
              type: 'string',
            },
            name: {
              docKey: 'Canary.upstreamRef.name',
              type: 'string',
            },
            namespace: {
              docKey: 'Canary.upstreamRef.namespace',
              type: 'string',
            },
          },
          required: ['apiVersion', 'kind', 'name'],
          type: 'object',
        },
      },
      required: ['analysis', 'targetRef'],
      type: 'object',
    },
    storageVersion: 'v1beta1',
    versions: ['v1beta1'],
  },
];
