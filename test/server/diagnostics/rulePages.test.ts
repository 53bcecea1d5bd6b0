// Rule pages: every rule of the catalogue has docs/rules/<code>.md, the committed pages are what
// the generator writes now (rerun `npm run generate:rule-pages` after adding a rule or changing a
// fixture), and every diagnostic links to its page through codeDescription.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../../../server/src/features/diagnostics/ruleCatalog';
import { SHOW_RULE_DOC_COMMAND, ruleDocPath } from '../../../protocol/src/rulePages';
import { readExplanations, renderRulePages, RULE_DOCS_DIR } from '../../support/rulePages';
import { serviceWith } from '../../support/service';

const ROOT = path.join(__dirname, '../../../..');

void describe('rule pages', () => {
  it('every rule of the catalogue has its page, and no page is left from a removed rule', () => {
    const pages = fs.readdirSync(path.join(ROOT, RULE_DOCS_DIR)).filter((n) => n.endsWith('.md'));
    assert.deepEqual(pages.filter((n) => n !== 'README.md').sort(), RULES.map((r) => `${r.code}.md`).sort());
  });

  it('are up to date with the generator (npm run generate:rule-pages)', () => {
    for (const [file, text] of renderRulePages(ROOT)) {
      assert.equal(
        fs.readFileSync(path.join(ROOT, file), 'utf8'),
        text,
        `${file} is stale: run npm run generate:rule-pages`,
      );
    }
  });

  it('explain only rules that exist', () => {
    const codes = new Set(RULES.map((r) => r.code));
    assert.deepEqual(
      Object.keys(readExplanations(ROOT)).filter((code) => !codes.has(code)),
      [],
    );
  });

  it('show a passing example that the rule indeed passes', () => {
    for (const [code, explanation] of Object.entries(readExplanations(ROOT))) {
      if (!explanation.good) continue;
      const { service, files } = serviceWith({ '/good.yaml': explanation.good });
      const findings = service
        .diagnose(files.get('/good.yaml')!)
        .filter((d) => d.severity !== 3 && d.severity !== 4);
      assert.deepEqual(
        findings.map(
          (d) => `${String(d.code)}: ${typeof d.message === 'string' ? d.message : d.message.value}`,
        ),
        [],
        `the passing example of ${code}`,
      );
    }
  });
});

void describe('diagnostic code links', () => {
  it('every diagnostic links to its rule page through the show-rule command', () => {
    const text = fs.readFileSync(path.join(ROOT, 'test/server/diagnostics/fixtures/weight-sum.yaml'), 'utf8');
    const { service, files } = serviceWith({ '/vs.yaml': text });
    const diagnostics = service.diagnose(files.get('/vs.yaml')!);
    assert.ok(diagnostics.length > 0);
    for (const d of diagnostics) {
      const href = d.codeDescription?.href ?? '';
      const match = new RegExp(`^command:${SHOW_RULE_DOC_COMMAND.replace('.', '\\.')}\\?(.*)$`).exec(href);
      assert.ok(match, href);
      assert.deepEqual(JSON.parse(decodeURIComponent(match[1]!)), [d.code]);
      assert.ok(fs.existsSync(path.join(ROOT, ...ruleDocPath(String(d.code)))));
    }
  });
});
