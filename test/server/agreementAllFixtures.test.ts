// The agreement of agreement.test.ts, checked over every fixture of the repository (diagnostic,
// workspace, webhook and scenario fixtures, broken ones included): for each VirtualService http
// route, split (the preview's payload), the CodeLens, the hover on a weight, check and simulate
// say the same thing. A route Istio refuses is rejected in all of them; an accepted one has the
// same shares in all of them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import { Commands } from '../../protocol/src/commands';
import type { SplitResource } from '../../protocol/src/protocol';
import { parseMultiFileFixture, workspaceOf } from '../support/multiFileFixture';

const root = resolve(__dirname, '../../..');
const FIXTURE_DIRS = ['test/fixtures', 'test/server'];

function yamlFixtures(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFixtures(path, out);
    else if (/\.ya?ml$/.test(name) && path.includes(`${'/'}fixtures${'/'}`)) out.push(path);
  }
  return out;
}

/** A fixture as a workspace: multi-file fixtures keep their files, others are one file. */
function workspaceFor(path: string) {
  const text = readFileSync(path, 'utf8');
  if (/^#- \//m.test(text)) return workspaceOf(parseMultiFileFixture(text));
  const settings = /^# settings: (.*)$/.exec(text.split('\n')[0] ?? '');
  const header = settings ? `${settings[0]}\n` : '';
  const body = settings ? text.slice(text.indexOf('\n') + 1) : text;
  return workspaceOf(`${header}#- /fixture/${relative(root, path).replace(/\//g, '_')}\n${body}`);
}

const samePosition = (a: Range, b: Range) =>
  a.start.line === b.start.line && a.start.character === b.start.character;
const inside = (inner: Range, outer: Range) =>
  (inner.start.line > outer.start.line ||
    (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
  (inner.start.line < outer.end.line ||
    (inner.start.line === outer.end.line && inner.start.character <= outer.end.character));

/** A mesh VirtualService with a plain first host: simulate can address it without a gateway. */
function meshHost(resource: SplitResource): string | undefined {
  const host = resource.hosts[0];
  const mesh = resource.gateways.length === 0 || resource.gateways.includes('mesh');
  return mesh && host && !host.includes('*') ? host : undefined;
}

const files = FIXTURE_DIRS.flatMap((d) => yamlFixtures(join(root, d))).sort();

void describe('every fixture: split, CodeLens, hover, check and simulate agree', () => {
  void test('there are fixtures to check', () => assert.ok(files.length > 50, String(files.length)));
  for (const path of files) {
    void test(relative(root, path), () => {
      const { service, files: parsed } = workspaceFor(path);
      for (const file of parsed.values()) {
        const resources = service.trafficSplit(file).filter((r) => r.kind === 'VirtualService');
        if (resources.length === 0) continue;
        const errors = service.diagnose(file).filter((d) => d.severity === DiagnosticSeverity.Error);
        const lenses = service
          .codeLenses(file)
          .filter((l) => l.command?.command === Commands.previewTrafficSplit.id);
        for (const resource of resources) {
          for (const route of resource.routes.filter((r) => r.protocol === 'http')) {
            const where = `${resource.name} http[${route.index}]`;
            const lens = lenses.find((l) => samePosition(l.range, route.range));
            const weightRange = route.destinations.find((d) => d.weightRange)?.weightRange;
            const hover = weightRange ? service.hover(file, weightRange.start) : null;
            const hoverText =
              hover && typeof hover.contents === 'object' && 'value' in hover.contents
                ? hover.contents.value
                : '';
            if (route.rejected !== undefined) {
              assert.ok(
                route.destinations.every((d) => d.percent === 0),
                `${where}: a rejected route has no shares`,
              );
              assert.ok(
                errors.some((e) => inside(e.range, resource.range)),
                `${where}: check reports an error for the rejected resource (${route.rejected})`,
              );
              assert.ok(lens, `${where}: a CodeLens for the rejected route`);
              assert.equal(lens.command!.title, `Rejected by Istio: ${route.rejected}`, where);
              if (weightRange) assert.match(hoverText, /Rejected by Istio/, where);
            } else if (lens) {
              for (const d of route.destinations)
                assert.ok(lens.command!.title.includes(`${d.percent}%`), `${where}: ${lens.command!.title}`);
              if (weightRange)
                for (const d of route.destinations)
                  assert.ok(hoverText.includes(`${d.percent}%`), `${where} hover: ${hoverText}`);
            }
          }
          const host = meshHost(resource);
          if (!host) continue;
          // A subset the VirtualService's own namespace cannot see, or a host that names no
          // Service (a Service name cut short): simulate marks it 503 and check reports it
          // (workspace/destinationRuleScope.ts and resolve.ts unexpandedServiceHost answer both).
          const fromOwn = service.simulate({ request: { host, sourceNamespace: resource.namespace } }).result;
          const own = fromOwn.virtualServices.find((v) => v.selected);
          if (fromOwn.outcome === 'route' && own?.uri === file.uri && own.name === resource.name)
            for (const d of fromOwn.destinations.filter((d) => d.unavailable !== undefined))
              assert.ok(
                errors.some(
                  (e) =>
                    e.code ===
                      (d.unavailable!.includes('names no Service')
                        ? 'unexpanded-host'
                        : 'subset-not-visible') && inside(e.range, resource.range),
                ),
                `${resource.name}: simulate says ${d.host} subset ${d.subset} is a 503, check reports nothing`,
              );
          const simulation = service.simulate({ request: { host } }).result;
          const selected = simulation.virtualServices.find((v) => v.selected);
          if (selected?.uri !== file.uri || selected.name !== resource.name) continue;
          const rejected = resource.routes.some((r) => r.rejected !== undefined);
          if (rejected) {
            assert.equal(simulation.outcome, 'rejected', `${resource.name}: ${simulation.summary}`);
          } else if (simulation.outcome === 'route' && simulation.winner) {
            const route = resource.routes.find(
              (r) => r.protocol === 'http' && r.index === simulation.winner!.index,
            );
            assert.ok(route, `${resource.name}: simulate's winner is a route of the split`);
            assert.deepEqual(
              simulation.destinations.map((d) => d.percent),
              route.destinations.map((d) => d.percent),
              `${resource.name} http[${route.index}]: simulate and split shares`,
            );
          } else {
            assert.notEqual(simulation.outcome, 'rejected', `${resource.name}: ${simulation.summary}`);
          }
        }
      }
    });
  }
});
