// What a person sees in the workbench (code-server only, in the second workbench window the
// workbench tests share, see helpers.js): src/vulnerable.ts opened with Quick Open shows the
// squiggle, the status bar count, the hover with the rule id and the Problems panel rows.
// Screenshots: .test-output/e2e/editor-squiggle.png, editor-hover.png, problems-panel.png (and
// failed-<test>.png for a failing check, from index.js). The checks run in order on one editor:
// each one builds on the state the previous one left.
const fs = require('fs');
const path = require('path');
const h = require('./helpers');

describe('workbench UI (headless Chromium)', function () {
  this.timeout(90_000);
  /** @type {import('playwright-core').Page} */
  let page;
  const timeout = 60_000;
  const editor = () => page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
  const shot = (name) => {
    fs.mkdirSync(h.OUT, { recursive: true });
    return page.screenshot({ path: path.join(h.OUT, name) });
  };

  before(async function () {
    this.timeout(150_000); // the first workbench test loads the window (then sandbox, quick fix, CodeLens)
    // Skips these checks where the workbench is not a web page (test:e2e:electron). The window
    // is fresh here: only this file will be open in it, as a user opening it would see.
    ({ page } = await h.workbenchOrSkip(this));
  });

  it('vulnerable.ts opens in an editor', async () => {
    await h.openInWorkbench(page, 'src/vulnerable.ts');
    await editor().locator('.view-lines', { hasText: 'execSync' }).waitFor({ timeout });
  });

  it('the finding is underlined in the editor', async () => {
    await editor().locator('.squiggly-error, .squiggly-warning').first().waitFor({ timeout });
    await shot('editor-squiggle.png');
  });

  it('the status bar shows the file\'s finding count', async () => {
    await page.locator('.statusbar-item', { hasText: 'MCP Warden: 2' }).first().waitFor({ timeout: 20_000 });
  });

  it('hovering the underline shows the rule and message', async () => {
    const box = await editor().locator('.squiggly-error, .squiggly-warning').first().boundingBox();
    if (!box) throw new Error('the squiggle has no bounding box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.monaco-hover:visible', { hasText: /tool-input-to-(shell|path)/ }).first().waitFor({ timeout: 20_000 });
    await shot('editor-hover.png');
    await page.mouse.move(5, 400);
  });

  it('the Problems panel lists the finding with its rule id', async () => {
    await editor().click({ position: { x: 400, y: 5 } });
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'tool-input-to-shell' }).first();
    await row.waitFor({ timeout: 20_000 });
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'tool-input-to-path' }).first().waitFor({ timeout: 20_000 });
    await shot('problems-panel.png');
  });
});
