// In-process measurements over a workspace folder, bundled with esbuild by scripts/bench.mjs
// (it imports the server's TypeScript sources) and run in a fresh Node process:
//  - `yaml.parseAllDocuments` alone over every file (the floor the CLI is compared against): the
//    `yaml` package as installed (loaded at run time from the repository's node_modules, as any
//    user of the package gets it), and the same function as bundled here, where the build's
//    plugin removed its per-token `process.env` reads (scripts/esbuild-yaml-plugin.mjs);
//  - our parse + index of every file, then `diagnose` of every file with each rule timed.
// Prints one JSON object. CPU times come from process.cpuUsage(), so a busy machine inflates
// them less than wall times.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAllDocuments as bundledParseAllDocuments } from 'yaml';
import { createLanguageService } from '../../server/src/languageService';

function yamlFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out.sort();
}

function timed(fn) {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - wall, cpuMs: (used.user + used.system) / 1000 };
}

const dir = process.argv[2];
/** The installed package, not the bundle: `process.argv[3]` is the repository root. */
const { parseAllDocuments } = createRequire(join(process.argv[3], 'package.json'))('yaml');
const paths = yamlFiles(dir);
const texts = paths.map((p) => readFileSync(p, 'utf8'));

const parseAll = timed(() => {
  let documents = 0;
  for (const text of texts) documents += parseAllDocuments(text).length;
  return documents;
});
globalThis.gc?.();
const bundledParseAll = timed(() => {
  for (const text of texts) bundledParseAllDocuments(text);
});
globalThis.gc?.();

const service = createLanguageService();
const indexed = timed(() =>
  paths.map((p, i) => {
    const file = service.parse(TextDocument.create(pathToFileURL(p).toString(), 'yaml', 1, texts[i]));
    service.setWorkspaceFile(file);
    return file;
  }),
);
const rules = {};
const diagnosed = timed(() => {
  let findings = 0;
  const onRuleTime = (code, ms) => (rules[code] = (rules[code] ?? 0) + ms);
  for (const file of indexed.value) findings += service.diagnose(file, undefined, { onRuleTime }).length;
  return findings;
});

console.log(
  JSON.stringify({
    files: paths.length,
    documents: parseAll.value,
    parseAllDocuments: { wallMs: parseAll.wallMs, cpuMs: parseAll.cpuMs },
    parseAllDocumentsWithoutEnvReads: { wallMs: bundledParseAll.wallMs, cpuMs: bundledParseAll.cpuMs },
    parseAndIndex: { wallMs: indexed.wallMs, cpuMs: indexed.cpuMs },
    diagnose: { wallMs: diagnosed.wallMs, cpuMs: diagnosed.cpuMs, findings: diagnosed.value },
    ruleMs: Object.fromEntries(Object.entries(rules).sort((a, b) => b[1] - a[1])),
  }),
);
