import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { awardsFixture } from '@/testing/mocks/fixtures/event-data';

import { applyEmbedParams } from './apply-embed-params';
import { prerenderLeaderboard } from './prerender-leaderboard';
import { renderLeaderboardPage } from './render-leaderboard-page';

const EVENT = 'KubeCon + CloudNativeCon North America 2024';

function page(css = 'body{}') {
  return renderLeaderboardPage({
    awards: awardsFixture,
    eventName: EVENT,
    css,
    scriptSrc: '/embed/assets/leaderboard-abc.js',
  });
}

/** Loads the pre-rendered page's markup into jsdom's document. */
function loadPage(html: string) {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.className = parsed.documentElement.className;
  document.documentElement.removeAttribute('style');
  document.body.innerHTML = parsed.body.innerHTML;
}

function visibleText() {
  const hidden = [...document.querySelectorAll('[hidden]')];
  return [...document.querySelectorAll('h2, h3, p')]
    .filter((el) => !hidden.some((h) => h.contains(el)))
    .map((el) => el.textContent)
    .join('\n');
}

describe('the pre-rendered embed page', () => {
  it('holds the whole leaderboard as HTML', () => {
    const html = page();
    for (const text of [
      'Awards at KubeCon + CloudNativeCon North America 2024',
      'Adobe',
      'Capital One',
      'Reddit',
      '5,160+',
      'not published',
      'Tim Hockin',
      'Distinguished Software Engineer, Google',
      'our source names none of them',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toMatch(
      /^<!doctype html>\n<html lang="en" class="theme-auto">/,
    );
    expect(html).toContain(
      '<script type="module" src="/embed/assets/leaderboard-abc.js"></script>',
    );
  });

  it('opens every link in a new tab with rel=noopener', () => {
    const parsed = new DOMParser().parseFromString(page(), 'text/html');
    const links = [...parsed.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
  });

  it('never shows an unknown figure as 0', () => {
    loadPage(page());
    const figures = [...document.querySelectorAll('dd')].map(
      (dd) => dd.textContent,
    );
    expect(figures).toEqual([
      '5,160+',
      '46',
      'not published',
      'not published',
      'not published',
      'not published',
    ]);
  });

  it('cannot be broken out of through the stylesheet', () => {
    expect(page('a{}</style><script>alert(1)</script>')).not.toContain(
      '</style><script>',
    );
  });

  it('reads and validates the shipped data', async () => {
    const html = await prerenderLeaderboard({
      dataDir: path.resolve(import.meta.dirname, '../../../../../public/data'),
      css: '',
      scriptSrc: '/x.js',
    });
    expect(html).toContain('Tim Hockin');
  });
});

describe('applyEmbedParams', () => {
  const defaults = {
    award: 'all',
    theme: 'auto',
    bg: null,
    accent: null,
    limit: null,
    title: true,
  } as const;

  it('shows only the chosen award', () => {
    loadPage(page());
    applyEmbedParams(document, { ...defaults, award: 'lifetime' });
    expect(visibleText()).toContain('Tim Hockin');
    expect(visibleText()).not.toContain('Adobe');
    expect(visibleText()).not.toContain('Community Awards');
  });

  it('says so when the chosen award is not in the data', () => {
    loadPage(page());
    expect(visibleText()).not.toContain('no award with the id');
    applyEmbedParams(document, { ...defaults, award: 'end-usr' });
    expect(visibleText()).not.toContain('Adobe');
    expect(visibleText()).toContain(
      'This event has no award with the id “end-usr” (the award option). Its awards are: end-user, lifetime, community, or all.',
    );
    applyEmbedParams(document, { ...defaults, award: 'lifetime' });
    expect(visibleText()).not.toContain('no award with the id');
  });

  it('limits the winners per award', () => {
    loadPage(page());
    applyEmbedParams(document, { ...defaults, limit: 2 });
    expect(visibleText()).toContain('Capital One');
    expect(visibleText()).not.toContain('Reddit');
  });

  it('sets the theme, colours and heading without markup', () => {
    loadPage(page());
    applyEmbedParams(document, {
      ...defaults,
      theme: 'dark',
      bg: 'transparent',
      accent: '#ff8800',
      title: false,
    });
    const root = document.documentElement;
    expect(root.className).toBe('dark');
    expect(root.hasAttribute('data-transparent')).toBe(true);
    expect(root.style.getPropertyValue('--embed-bg')).toBe('transparent');
    expect(root.style.getPropertyValue('--color-accent-600')).toBe('#ff8800');
    expect(document.querySelector('h1')).toHaveClass('sr-only');
  });

  it('gives a transparent auto-theme frame the light theme, not the system’s', () => {
    loadPage(page());
    applyEmbedParams(document, { ...defaults, bg: 'transparent' });
    expect(document.documentElement.className).toBe('light');
  });
});
