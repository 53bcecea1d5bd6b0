// The parse of one large file, in a fresh process (bundled with esbuild by scripts/bench.mjs,
// like ruleTimes.mjs): our parseYaml (the fast reader of server/src/syntax/fastYaml.ts, `yaml`
// for the segments it leaves), the same `---` segments each given to the bundled
// `yaml.parseAllDocuments` (what parseYaml did before the fast reader), and the installed
// `yaml.parseAllDocuments` over the whole text. Medians of `runs` runs, CPU and wall times, and
// the share of segments the fast reader took. Prints one JSON object.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseAllDocuments as bundledParseAllDocuments } from 'yaml';
import { PARSE_OPTIONS, readSegmentFast } from '../../server/src/syntax/fastYaml';
import { parseYaml, splitSegments } from '../../server/src/syntax/parseYaml';

const [file, root, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const text = readFileSync(file, 'utf8');
const { parseAllDocuments } = createRequire(join(root, 'package.json'))('yaml');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function measure(fn) {
  const cpu = [];
  const wall = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const c = process.cpuUsage();
    const w = performance.now();
    const kept = fn();
    const used = process.cpuUsage(c);
    wall.push(performance.now() - w);
    cpu.push((used.user + used.system) / 1000);
    if (!kept) throw new Error('nothing parsed');
  }
  return { cpuMs: median(cpu), wallMs: median(wall) };
}

const segments = splitSegments(text).map(({ start, end }) => text.slice(start, end));
let fast = 0;
for (const source of segments) if (readSegmentFast(source)) fast++;
const result = {
  bytes: text.length,
  segments: segments.length,
  fastSegments: fast,
  fastShare: fast / segments.length,
  runs,
  parseYaml: measure(() => parseYaml(text)),
  // Kept until the run ends, as parseYaml keeps its trees: collecting them is part of the cost.
  yamlPerSegment: measure(() => {
    const kept = [];
    for (const source of segments) kept.push(bundledParseAllDocuments(source, PARSE_OPTIONS));
    return kept;
  }),
  yamlWholeFile: measure(() => parseAllDocuments(text)),
};
process.stdout.write(JSON.stringify(result) + '\n');
