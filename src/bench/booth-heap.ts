import type { Page } from '@playwright/test';

export type BoothHeapOptions = {
  /** Transitions measured (after the warm-up). */
  transitions?: number;
  /** Transitions first, so lazy chunks, caches and JIT settle. */
  warmup?: number;
  /** Booth query; the long interval keeps the timer out of the way. */
  query?: string;
};

export type BoothHeapResult = {
  transitions: number;
  /** Used JS heap after forced GC, before and after, in bytes. */
  baselineBytes: number;
  finalBytes: number;
  growthBytes: number;
  growthMB: number;
  /** `performance.memory.usedJSHeapSize` before and after (needs
   * --enable-precise-memory-info for exact figures), or null. */
  performanceMemory: { before: number; after: number } | null;
  durationMs: number;
};

const COUNTER = '[data-booth]';
const MB = 1024 * 1024;

async function readCounter(page: Page): Promise<number> {
  return Number(await page.locator(COUNTER).getAttribute('data-slide-counter'));
}

/** Presses → `count` times, each time waiting for the view to change. */
async function advance(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const before = await readCounter(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      ({ selector, value }) =>
        Number(
          document.querySelector(selector)?.getAttribute('data-slide-counter'),
        ) > value,
      { selector: COUNTER, value: before },
    );
  }
}

function readPerformanceMemory(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    // Chromium-only, non-standard API.
    const memory = (performance as { memory?: { usedJSHeapSize: number } })
      .memory;
    return memory ? memory.usedJSHeapSize : null;
  });
}

/**
 * JS heap growth of /booth across `transitions` slide transitions. Heap
 * figures come from the DevTools protocol after two forced garbage
 * collections, so they count live objects only (what leaks), not garbage
 * waiting to be collected. Chromium only.
 */
export async function measureBoothHeap(
  page: Page,
  baseUrl: string,
  options: BoothHeapOptions = {},
): Promise<BoothHeapResult> {
  const { transitions = 300, warmup = 30, query = '?interval=120' } = options;
  const started = Date.now();
  await page.goto(new URL(`/booth${query}`, baseUrl).href);
  await page
    .getByRole('button', { name: 'Tap to start' })
    .waitFor({ timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  const usedHeap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  };

  await advance(page, warmup);
  const baselineBytes = await usedHeap();
  const memoryBefore = await readPerformanceMemory(page);
  await advance(page, transitions);
  const finalBytes = await usedHeap();
  const memoryAfter = await readPerformanceMemory(page);
  await cdp.detach();

  const growthBytes = finalBytes - baselineBytes;
  return {
    transitions,
    baselineBytes,
    finalBytes,
    growthBytes,
    growthMB: Math.round((growthBytes / MB) * 1000) / 1000,
    performanceMemory:
      memoryBefore === null || memoryAfter === null
        ? null
        : { before: memoryBefore, after: memoryAfter },
    durationMs: Date.now() - started,
  };
}
