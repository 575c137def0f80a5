// Loads the dashboard from a running service in headless Chromium (Debian's chromium, driven by
// playwright-core) and checks what a newcomer should see. Usage:
//   node dashboard-check.mjs http://localhost:8080 target/dashboard.png
import { chromium } from 'playwright-core';

const [base = 'http://localhost:8080', screenshot = 'dashboard.png'] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const problems = [];
const check = (ok, what) => {
  if (!ok) problems.push(what);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
};

const browser = await chromium.launch({
  executablePath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const viewport of [{ width: 1280, height: 1000, name: 'laptop' }, { width: 390, height: 844, name: 'phone' }]) {
    const page = await browser.newPage({ viewport });
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('requestfailed', (r) => consoleErrors.push(`request failed: ${r.url()}`));
    const external = [];
    page.on('request', (r) => { if (!r.url().startsWith(base)) external.push(r.url()); });

    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('body[data-ready]', { timeout: 20000 });
    const ready = await page.getAttribute('body', 'data-ready');
    check(ready === 'true', `${viewport.name}: the page loaded its data (${ready})`);
    check((await page.textContent('#title')).includes('Kyrgyzstan – China'), `${viewport.name}: titled Kyrgyzstan – China`);

    const bars = await page.locator('#chart svg rect.bar').count();
    check(bars >= 2, `${viewport.name}: the chart is drawn (${bars} bars)`);
    const value2024 = await page.textContent('[data-value-label="2024"]');
    check(value2024 && value2024.includes('22.71 bn'), `${viewport.name}: 2024 shows 22.71 bn (${value2024})`);
    const yoy2024 = await page.textContent('[data-yoy="2024"]');
    check(yoy2024 && yoy2024.includes('+14.70 %'), `${viewport.name}: 2024 shows its YoY +14.70 % (${yoy2024})`);
    const tooltip = await page.textContent('rect.bar[data-period="2024"] title');
    check(tooltip.includes('General Administration of Customs'), `${viewport.name}: 2024's bar names its source on hover`);

    const mirror = await page.textContent('[data-mirror="KGZ"]');
    check(mirror.includes('5.50 bn'), `${viewport.name}: the mirror shows Kyrgyzstan's 5.50 bn (${mirror})`);
    const balanceChn = await page.textContent('[data-balance="CHN"]');
    check(balanceChn.includes('surplus 17.11 bn'), `${viewport.name}: China's 2024 balance with Kyrgyzstan is a surplus of 17.11 bn (${balanceChn})`);
    const balanceKgz = await page.textContent('[data-balance="KGZ"]');
    check(balanceKgz.includes('deficit 1.22 bn'), `${viewport.name}: Kyrgyzstan's own 2024 balance is a deficit of 1.22 bn (${balanceKgz})`);
    const coverage2024 = await page.getAttribute('[data-coverage="TURNOVER-2024"]', 'data-status');
    check(coverage2024 === 'REPORTED', `${viewport.name}: the coverage grid shows turnover 2024 as reported (${coverage2024})`);
    const coverageRows = await page.locator('#coverage tr[data-coverage]').count();
    check(coverageRows >= 4 * 9, `${viewport.name}: the coverage grid has every flow and year (${coverageRows} rows)`);
    const checkpoints = await page.locator('[data-checkpoint]').allTextContents();
    check(['Torugart', 'Irkeshtam', 'Bedel'].every((n) => checkpoints.some((t) => t.includes(n))), `${viewport.name}: the three checkpoints are listed`);
    check(checkpoints.some((t) => t.includes('disputed') && t.includes('24 h/day') && t.includes('14 h/day, 7 days/week')), `${viewport.name}: current hours are shown, the Kyrgyz side's as disputed`);
    const projects = await page.locator('[data-project]').allTextContents();
    check(projects.length >= 5 && projects.some((t) => t.includes('railway') && t.includes('under construction')), `${viewport.name}: projects are listed with their status`);
    const partnerBars = await page.locator('#chart svg rect.bar.partner-side').count();
    check(partnerBars >= 3, `${viewport.name}: both sides' series are drawn (${partnerBars} bars of Kyrgyzstan's own)`);
    const years = await page.locator('#chart svg text.axis').count();
    check(years >= 10, `${viewport.name}: the longest series both sides have (${years} years)`);
    const whiskers = await page.locator('#chart svg g.whisker').count();
    check(whiskers >= 5, `${viewport.name}: bounds drawn as whiskers (${whiskers})`);
    const disputed = await page.locator('#chart [data-disputed="partner-2024"]').count();
    check(disputed === 1, `${viewport.name}: Kyrgyzstan's disputed 2024 is marked (${disputed})`);
    const disputeTitle = await page.textContent('#chart [data-disputed="partner-2024"] title');
    check(disputeTitle && disputeTitle.includes('5.30 bn'), `${viewport.name}: the mark names the other figures on hover (${disputeTitle})`);
    check(await page.locator('#chart [data-disputed="2024"]').count() === 0, `${viewport.name}: China's 2024 is no longer disputed (its outlier is suspect)`);
    const slip = await page.locator('#chart rect.bar.suspect[data-suspect="partner-2023"]').count();
    check(slip === 1, `${viewport.name}: Kyrgyzstan's "almost $5.4 million" for 2023 is drawn as suspect (${slip})`);
    const ranked = await page.locator('#ranking [data-rank]').allTextContents();
    check(ranked.length === 5 && ranked[0].includes('Kazakhstan') && ranked[1].includes('Kyrgyzstan') && ranked[1].includes('23.95 %'),
      `${viewport.name}: China's Central Asian partners ranked with shares (${ranked[1]})`);
    await page.selectOption('#ranking-year', '2023');
    await page.waitForFunction(() => document.getElementById('ranking-h').textContent.includes('2023'));
    const ranked2023 = await page.locator('#ranking [data-rank]').allTextContents();
    check(ranked2023[0].includes('Kazakhstan') && ranked2023.some((t) => t.includes('Kyrgyzstan') && t.includes('19.80 bn')),
      `${viewport.name}: the ranking follows the chosen year (${ranked2023[1]})`);
    const eventTitle = await page.textContent('#chart circle.event[data-event="event-7"] title');
    check(eventTitle && eventTitle.includes('Bedel'), `${viewport.name}: events on the time axis are labelled on hover (${eventTitle})`);
    const events = await page.locator('#chart circle.event').count();
    check(events >= 5, `${viewport.name}: corridor events are laid over the series (${events})`);
    const sources = await page.locator('#sources li').count();
    check(sources >= 3, `${viewport.name}: footnoted sources are listed (${sources})`);
    check(await page.locator('a[href="swagger-ui/index.html"]').count() === 1, `${viewport.name}: links to Swagger UI`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 1, `${viewport.name}: no horizontal scrolling (${overflow}px)`);
    check(consoleErrors.length === 0, `${viewport.name}: no console errors ${JSON.stringify(consoleErrors)}`);
    check(external.length === 0, `${viewport.name}: nothing fetched from elsewhere ${JSON.stringify(external)}`);
    if (viewport.name === 'laptop') {
      await page.screenshot({ path: screenshot, fullPage: true });
      // Kyrgyzstan's own view: its 2024 change rests on the suspect 2023 and is never a plain number
      await page.goto(`${base}/?reporter=KGZ&partner=CHN`, { waitUntil: 'networkidle' });
      await page.waitForSelector('body[data-ready]', { timeout: 20000 });
      const marked = await page.textContent('[data-yoy-suspect="2024"]');
      check(marked && marked.startsWith('?'), `laptop: Kyrgyzstan's 2024 YoY on a suspect base is marked (${marked})`);
      check(await page.locator('[data-yoy="2024"]:not(.suspect)').count() === 0, 'laptop: and not also shown as a plain number');
      const why = await page.textContent('[data-yoy-suspect="2024"] title');
      check(why && why.includes('SCALE_SLIP'), `laptop: the mark says why on hover (${why})`);
      const finding = await page.textContent('[data-finding="2023"]');
      check(finding && finding.includes('unit slip'), `laptop: the notes name the finding (${finding})`);
      await page.screenshot({ path: screenshot.replace(/\.png$/, '-kgz.png'), fullPage: true });
    } else {
      await page.screenshot({ path: screenshot.replace(/\.png$/, '-phone.png'), fullPage: true });
    }
    await page.close();
  }
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(`${problems.length} check(s) failed`);
  process.exit(1);
}
console.log(`all checks passed; screenshot in ${screenshot}`);
