// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';

import { logoDataUrls, logoType } from './logo-data';

afterEach(() => vi.unstubAllGlobals());

describe('logoType', () => {
  it('takes the type from the file name, checked against the host', () => {
    expect(logoType('https://h.test/a.svg', 'image/svg+xml')).toBe(
      'image/svg+xml',
    );
    expect(logoType('https://h.test/a.PNG', null)).toBe('image/png');
    expect(logoType('https://h.test/a.svg', 'application/octet-stream')).toBe(
      'image/svg+xml',
    );
    // An error page served as 200, or a file that is not a logo.
    expect(logoType('https://h.test/a.svg', 'text/html; charset=utf-8')).toBe(
      null,
    );
    expect(logoType('https://h.test/a.gif', 'image/gif')).toBe(null);
  });
});

describe('logoDataUrls', () => {
  it('embeds each logo once and leaves out the ones that fail', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      if (url.endsWith('missing.svg'))
        return Promise.resolve(new Response('no', { status: 404 }));
      if (url.endsWith('offline.svg'))
        return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(
        new Response('<svg/>', {
          headers: { 'content-type': 'image/svg+xml' },
        }),
      );
    });
    const out = await logoDataUrls(
      new Map([
        ['a', 'https://h.test/shared.svg'],
        ['b', 'https://h.test/shared.svg'],
        ['c', 'https://h.test/missing.svg'],
        ['d', 'https://h.test/offline.svg'],
      ]),
    );
    expect(fetched.filter((u) => u.endsWith('shared.svg'))).toHaveLength(1);
    expect([...out.keys()].sort()).toEqual(['a', 'b']);
    expect(out.get('a')).toBe(
      `data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`,
    );
  });
});
