import { chromium } from '@playwright/test';
const [,, url, out, width, scheme, action] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto(url);
await page.waitForTimeout(2500);
if (action === 'scrollchart') await page.locator('[data-chart], canvas').first().scrollIntoViewIfNeeded();
await page.screenshot({ path: out, fullPage: action === 'full' });
await browser.close();
