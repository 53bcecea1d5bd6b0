// @ts-check
// An esbuild plugin for the bundles that parse YAML (server, index worker, CLI). The `yaml`
// package reads `process.env.LOG_TOKENS` for every token its CST parser sees, and
// `process.env.LOG_STREAM` for every token its composer sees (debug logging). In Node each
// `process.env` read is a call into the C++ environment, and on the bench's 12 MB workspace those
// reads were 40% of the CST parse (parse of all files 4.2 s -> 2.0 s CPU without them). The
// bundles replace both reads by `false`: the package's debug logging is off, nothing else changes.
// A `yaml` upgrade that renames them fails the build here instead of silently losing the gain.
import { readFile } from 'node:fs/promises';

/** The debug reads, by the file of the `yaml` package that holds them. */
const READS = [
  { file: /[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/, text: 'node_process.env.LOG_TOKENS' },
  { file: /[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/, text: 'node_process.env.LOG_STREAM' },
];

/** @returns {import('esbuild').Plugin} */
export function yamlWithoutEnvReads() {
  return {
    name: 'yaml-without-env-reads',
    setup(build) {
      for (const { file, text } of READS) {
        build.onLoad({ filter: file }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          if (!source.includes(text))
            throw new Error(`${args.path} no longer reads ${text}: update scripts/esbuild-yaml-plugin.mjs`);
          return { contents: source.split(text).join('false'), loader: 'js' };
        });
      }
    },
  };
}
