// The opened large file's own check in-process (bundled with esbuild like ruleTimes.mjs): parse,
// then `diagnose` with scope 'local' (the rules that read nothing but the file), each rule timed,
// in a fresh language service per run (no cache carries over); each rule's time in another. Medians of `runs` runs.
// Usage: node localTimes.bundle.cjs <file.yaml> [runs]. Prints one JSON object.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../server/src/languageService';

const [path, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const text = readFileSync(path, 'utf8');
const uri = pathToFileURL(path).toString();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const parse = [];
const local = [];
const total = [];
const perRule = {};
let findings = 0;
for (let i = 0; i < runs; i++) {
  globalThis.gc?.();
  const service = createLanguageService();
  const rules = {};
  const c0 = cpuNow();
  const file = service.parse(TextDocument.create(uri, 'yaml', 1, text));
  const c1 = cpuNow();
  findings = service.diagnose(file, undefined, { scope: 'local' }).length;
  const c2 = cpuNow();
  parse.push(c1 - c0);
  local.push(c2 - c1);
  total.push(c2 - c0);
  // Each rule's time in a second service (timing every rule on every document costs time itself).
  if (process.env.LOCAL_TIMES_NO_RULES) continue;
  const timedService = createLanguageService();
  timedService.diagnose(timedService.parse(TextDocument.create(uri, 'yaml', 1, text)), undefined, {
    scope: 'local',
    onRuleTime: (code, ms) => (rules[code] = (rules[code] ?? 0) + ms),
  });
  for (const [code, ms] of Object.entries(rules)) (perRule[code] ??= []).push(ms);
}
const ruleMs = Object.fromEntries(
  Object.entries(perRule)
    .map(([code, list]) => [code, Math.round(median(list) * 10) / 10])
    .sort((a, b) => b[1] - a[1]),
);
const min = (values) => Math.min(...values);
console.log(
  JSON.stringify({
    runs,
    findings,
    parseCpuMs: median(parse),
    localCpuMs: median(local),
    totalCpuMs: median(total),
    minParseCpuMs: min(parse),
    minLocalCpuMs: min(local),
    // The first run, with code not yet optimised: what a server's first open of the file gets.
    firstParseCpuMs: parse[0],
    firstLocalCpuMs: local[0],
    ruleMs,
  }),
);
