// Locations shared by the schema tests: the repository root and the pinned CRDs the generator
// reads (third_party/crds in the repository, or ISTIO_CRDS_DIR), and a reader for them.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** The repository root, from out/test/server/schema where the compiled tests run. */
export const REPO_ROOT = resolve(__dirname, '../../../..');

export const CRDS_DIR = process.env['ISTIO_CRDS_DIR'] ?? resolve(REPO_ROOT, 'third_party/crds');

export const CRD_FILE_NAMES = [
  'gateways.networking.istio.io.yaml',
  'virtualservices.networking.istio.io.yaml',
  'destinationrules.networking.istio.io.yaml',
  'serviceentries.networking.istio.io.yaml',
  'appdeployments.core.oam.dev.yaml',
  'gateways.gateway.networking.k8s.io.yaml',
  'gatewayclasses.gateway.networking.k8s.io.yaml',
  'httproutes.gateway.networking.k8s.io.yaml',
  'grpcroutes.gateway.networking.k8s.io.yaml',
  'referencegrants.gateway.networking.k8s.io.yaml',
  'rollouts.argoproj.io.yaml',
  'flagger-crds.yaml',
] as const;

/** The slice of an OpenAPI node the tests look at. */
export interface OpenApiNode {
  readonly description?: string;
  readonly properties?: Readonly<Record<string, OpenApiNode>>;
  readonly items?: OpenApiNode;
  readonly additionalProperties?: OpenApiNode | boolean;
  readonly enum?: readonly unknown[];
}

export interface CrdVersion {
  readonly kind: string;
  readonly version: string;
  /** The whole openAPIV3Schema (apiVersion, kind, metadata, spec, status). */
  readonly root: OpenApiNode;
}

interface CrdDocument {
  kind: string;
  spec: {
    names: { kind: string };
    versions: { name: string; served: boolean; schema: { openAPIV3Schema: OpenApiNode } }[];
  };
}

/**
 * Every served version of every CRD in the files we generate from (all CRDs of a stream such as
 * Flagger's, including the kinds we do not model, so their wording counts as upstream too).
 */
export function readCrdVersions(): CrdVersion[] {
  return CRD_FILE_NAMES.flatMap((file) =>
    parseAllDocuments(readFileSync(join(CRDS_DIR, file), 'utf8'))
      .map((doc) => doc.toJS() as CrdDocument | null)
      .filter((crd): crd is CrdDocument => crd?.kind === 'CustomResourceDefinition')
      .flatMap((crd) =>
        crd.spec.versions
          .filter((v) => v.served)
          .map((v) => ({ kind: crd.spec.names.kind, version: v.name, root: v.schema.openAPIV3Schema })),
      ),
  );
}
