// The report as a reviewer sees it: headless Chromium (Debian's, through playwright-core),
// network off, opens the report of a reference sweep and of a sweep of a system whose
// rejection texts carry markup. No console errors, no request leaves the page, every clause
// 1 … 13 is there, the reference's report has code coverage of every file of src/, the
// failing report draws a sequence diagram, and the markup is shown as text, never run. Screenshots go to reports/ (look at them). Skips, saying why, where
// Chromium is absent (.ci/run installs it).

import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { main } from '../sim/cli.ts';

const CHROMIUM = '/usr/bin/chromium';
const REPORTS = fileURLToPath(new URL('../reports/', import.meta.url));
const quiet = { out: () => {}, err: () => {} };

async function reportOf(name: string, sweep: readonly string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `aerosim-report-${name}-`));
  await main(['sweep', ...sweep, '--out', join(dir, 'sweep'), '--jobs', '1', '--no-progress'], quiet);
  const code = await main(['report', '--in', join(dir, 'sweep'), '--out', dir, '--shrink-seconds', '2'], quiet);
  assert.ok(code === 0 || code === 1, `report exit ${code}`);
  return join(dir, 'index.html');
}

if (!existsSync(CHROMIUM)) {
  test('the report in a browser (skipped)', () => {
    console.log(`  skipped: ${CHROMIUM} is absent; install Debian's chromium (.ci/run does, and says why when it cannot)`);
  });
} else {
  test('the reference and a failing system\'s reports open in headless Chromium, offline, without errors', async () => {
    const { chromium } = await import('playwright-core');
    const reference = await reportOf('reference', ['--scenario', 'calm,kernel-rejection,mixed', '--seeds', '6', '--check-determinism', '1', '--coverage']);
    const failing = await reportOf('markup', ['--scenario', 'kernel-rejection', '--seeds', '4', '--check-determinism', '0', '--sut', fileURLToPath(new URL('./fixtures/sut-script-rejection.ts', import.meta.url))]);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
    try {
      const context = await browser.newContext({ offline: true, viewport: { width: 1300, height: 1600 } });
      const requests: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) return route.continue();
        requests.push(url);
        return route.abort();
      });
      mkdirSync(REPORTS, { recursive: true });
      for (const [name, file] of [['reference', reference], ['failing', failing]] as const) {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(pathToFileURL(file).href);
        assert.equal(errors, [], `${name}: console errors`);
        for (let clause = 1; clause <= 13; clause++) assert.is(await page.locator(`[data-clause="${clause}"]`).count(), 1, `${name}: clause ${clause}`);
        const verdict = await page.locator('#verdict').innerText();
        assert.match(verdict, name === 'reference' ? /^PASS/ : /^FAIL/);
        if (name === 'failing') {
          assert.ok((await page.locator('#failures .diagram svg').count()) >= 1, 'a sequence diagram is drawn');
          assert.is(await page.locator('script').count(), 0, 'no script element');
          assert.is(await page.locator('img').count(), 0, 'no injected image');
          assert.is.not(await page.title(), 'pwned');
          const text = await page.locator('#failures').evaluate((node) => node.textContent ?? '');
          assert.ok(text.includes("<script>document.title='pwned'</script>"), 'the rejection text is shown as text');
        } else {
          assert.match(await page.locator('#provenance').innerText(), /re-runs/);
          // code coverage of every file of src/ with executable lines: lines and branches run
          const rows = await page.locator('#coverage tr[data-file]').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
          assert.ok(rows.length >= 5, `coverage rows: ${rows.length}`);
          for (const [file, lines, branches] of rows) {
            assert.ok(!String(lines).startsWith('0.0%'), `${file}: lines ${lines}`);
            assert.ok(String(branches).startsWith('—') || !String(branches).startsWith('0.0%'), `${file}: branches ${branches}`);
          }
        }
        await page.screenshot({ path: join(REPORTS, `report-${name}.png`), fullPage: false });
        await page.close();
      }
      assert.equal(requests, [], 'nothing is fetched');
    } finally {
      await browser.close();
    }
  });
}

test.run();
