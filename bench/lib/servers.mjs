// How the benchmark starts each language server and configures it so that both validate the
// same fields: ours with its defaults, yaml-language-server with the JSON Schemas generated from
// the same CRDs (bench/schemas/), combined into one schema that picks the kind's schema by `kind`
// so multi-document files mixing kinds are validated document by document.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient.mjs';

/** Writes the combined schema into `dir` and returns its file URI. */
export function writeCombinedSchema(root, dir) {
  const kinds = { Gateway: 'gateway', VirtualService: 'virtualservice', DestinationRule: 'destinationrule' };
  const definitions = {};
  const allOf = [];
  for (const [kind, file] of Object.entries(kinds)) {
    const schema = JSON.parse(readFileSync(join(root, 'bench', 'schemas', `${file}.json`), 'utf8'));
    delete schema.$schema;
    definitions[file] = schema;
    allOf.push({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: `#/definitions/${file}` },
    });
  }
  const combined = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $comment:
      'Written by the benchmark from bench/schemas/*.json: each document is checked against the schema of its kind.',
    definitions,
    allOf,
  };
  const path = join(dir, 'istio-combined.schema.json');
  writeFileSync(path, JSON.stringify(combined));
  return pathToFileURL(path).toString();
}

const CLIENT_CAPABILITIES = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: false },
  },
  textDocument: {
    synchronization: { didSave: false, dynamicRegistration: false },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
  },
  window: { workDoneProgress: false },
};

export function startOurs(root, { workspaceFolders = [], settings = {}, execArgv = [] } = {}) {
  const main = join(root, 'dist', 'server', 'main.js');
  const client = new LspClient('istio-canary', [process.execPath, ...execArgv, main, '--stdio'], {
    configuration: (item) => (item.section === 'istioCanary' ? settings : null),
  });
  return {
    client,
    name: 'ours',
    init: () =>
      client.initialize({
        processId: process.pid,
        rootUri: null,
        capabilities: CLIENT_CAPABILITIES,
        workspaceFolders: workspaceFolders.map((uri) => ({ uri, name: uri.split('/').pop() })),
      }),
  };
}

export function startTheirs(root, schemaUri) {
  const yamlSettings = {
    validate: true,
    completion: true,
    hover: true,
    format: { enable: false },
    schemas: { [schemaUri]: ['*.yaml', '*.yml'] },
    // No network here: the schema store and the CRD store must not be consulted.
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
    maxItemsComputed: 5000,
  };
  const bin = join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  const client = new LspClient('yaml-language-server', [process.execPath, bin, '--stdio'], {
    configuration: (item) => {
      if (item.section === 'yaml') return yamlSettings;
      if (item.section === 'http') return {};
      return {};
    },
  });
  return {
    client,
    name: 'theirs',
    init: async () => {
      const result = await client.initialize({
        processId: process.pid,
        rootUri: null,
        capabilities: CLIENT_CAPABILITIES,
        workspaceFolders: [],
      });
      client.notify('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings } });
      return result;
    },
  };
}
