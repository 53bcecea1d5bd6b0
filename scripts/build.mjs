// @ts-check
// Bundles what ships with esbuild: the extension client, the language server, the CLI and the
// preview webview. `tsc -b` only type-checks (and emits tests to out/); it never produces dist/.
import * as esbuild from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { yamlWithoutEnvReads } from './esbuild-yaml-plugin.mjs';

/** @type {{ version: string }} */
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

/** @type {import('esbuild').BuildOptions[]} */
const entries = [
  {
    // The extension's entry stays small: the language client (vscode-languageclient, most of the
    // client's code) is a separate file loaded after activation.
    ...common,
    entryPoints: { 'client/extension': 'client/src/extension.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', './languageClient.js'],
    outdir: 'dist',
  },
  {
    ...common,
    entryPoints: { 'client/languageClient': 'client/src/languageClient.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    outdir: 'dist',
  },
  {
    ...common,
    // The workspace scan parses files in worker threads (server/src/indexing/).
    entryPoints: {
      'server/main': 'server/src/main.ts',
      'server/indexWorker': 'server/src/indexing/indexWorker.ts',
    },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: 'dist',
    plugins: [yamlWithoutEnvReads()],
  },
  {
    ...common,
    entryPoints: { 'cli/istio-canary': 'server/src/cli/main.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // `istio-canary --version`: the version of the package it was built from.
    define: { ISTIO_CANARY_VERSION: JSON.stringify(manifest.version) },
    outdir: 'dist',
    plugins: [yamlWithoutEnvReads()],
  },
  {
    ...common,
    entryPoints: { 'webview/preview': 'client/src/preview/webview/main.ts' },
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    outdir: 'dist',
  },
];

if (!watch) rmSync('dist', { recursive: true, force: true });
if (watch) {
  for (const options of entries) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching client, server and CLI');
} else {
  await Promise.all(entries.map((options) => esbuild.build(options)));
}
