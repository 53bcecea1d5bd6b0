// Takes the README's screenshots of the traffic-split preview in a real VS Code (code-server +
// headless Chromium, the e2e harness in test/e2e/support): canary-90-10/virtual.yaml in the
// light theme, and the same file with the canary weight typed up to 20 (a broken 90/20 route) in
// the dark theme. Writes docs/preview-light.png and docs/preview-dark.png.
//
// Usage: npm run build && node docs/tools/preview-screenshots.mjs   (after scripts/e2e-setup.sh)
/* global document */
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT,
  ensureCodeServer,
  launchBrowser,
  startCodeServer,
  workbenchUrl,
} from '../../test/e2e/support/codeServer.mjs';
import { checkBuilt, prepareWorkspace } from '../../test/e2e/support/workspace.mjs';

const DOCS = path.join(ROOT, 'docs');

/** Finds the webview frame that holds the rendered panel (webviews nest two iframes deep). */
async function panelFrame(page, predicate, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      const text = await frame
        .evaluate(() =>
          document.querySelector('#root .bar') ? (document.getElementById('root')?.textContent ?? '') : '',
        )
        .catch(() => '');
      if (text && predicate(text)) return frame;
    }
    if (Date.now() > deadline) throw new Error('the preview panel did not render');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ timeout: 10_000 });
  await page.keyboard.type(title);
  await page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ hasText: title })
    .first()
    .waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

async function shoot({ theme, output, breakRoute }) {
  const ws = prepareWorkspace();
  const file = path.join(ws.workspace, 'scenarios', 'canary-90-10', 'virtual.yaml');
  const weightLine =
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .findIndex((l) => l.trim() === 'weight: 10') + 1;
  const cs = await startCodeServer({
    settings: {
      'workbench.colorTheme': theme,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.commandCenter.enabled': false,
      'window.commandCenter': false,
      'editor.minimap.enabled': false,
    },
  });
  const browser = await launchBrowser();
  const { page } = browser;
  try {
    await page.goto(workbenchUrl(cs, { folder: ws.workspace, devPath: ROOT, openFile: file }));
    const editor = page.locator('.monaco-editor[data-uri$="virtual.yaml"]').first();
    await editor.locator('.view-lines').getByText('VirtualService').first().waitFor({ timeout: 60_000 });
    await editor.locator('.view-lines').click();
    await runCommand(page, 'Istio Canary: Preview Traffic Split');
    await panelFrame(page, (text) => text.includes('90 %'));
    if (breakRoute) {
      await editor.locator('.view-lines').click();
      await page.keyboard.press('Control+G');
      await page.keyboard.type(String(weightLine));
      await page.keyboard.press('Enter');
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('20');
      await panelFrame(page, (text) => text.includes('weights total 110'));
    }
    // Close the side bar so the editor and the panel share the window.
    await page.keyboard.press('Control+B');
    await page.mouse.move(0, 0);
    await panelFrame(page, (text) => text.length > 0);
    await page.screenshot({ path: output });
    console.log(`wrote ${path.relative(ROOT, output)}`);
  } finally {
    await browser.close();
    await cs.stop();
    cs.cleanup();
    ws.cleanup();
  }
}

checkBuilt();
ensureCodeServer();
await shoot({
  theme: 'Default Light Modern',
  output: path.join(DOCS, 'preview-light.png'),
  breakRoute: false,
});
await shoot({ theme: 'Default Dark Modern', output: path.join(DOCS, 'preview-dark.png'), breakRoute: true });
