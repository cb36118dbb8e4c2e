// @vitest-environment node
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { FEED_PATHS } from '@/config/paths';
import { DEFAULT_SITE_URL, resolveSiteUrl } from '@/utils/url';

import { generateFeeds } from './generate-feeds';

const PUBLIC_DIR = path.resolve(import.meta.dirname, '../../../public');

describe('resolveSiteUrl', () => {
  it('defaults to the local preview address', () => {
    expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(resolveSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
  });

  it('drops a trailing slash and keeps a sub-path', () => {
    expect(resolveSiteUrl('https://example.org/explorer/')).toBe(
      'https://example.org/explorer',
    );
  });

  it('rejects what is not an absolute http(s) URL', () => {
    expect(() => resolveSiteUrl('example.org')).toThrow(
      /VITE_SITE_URL: "example.org" is not an absolute URL/,
    );
    expect(() => resolveSiteUrl('ftp://example.org')).toThrow(/http/);
    expect(() =>
      resolveSiteUrl('https://trusted.example@evil.example/'),
    ).toThrow(/no user name or password/);
  });
});

describe('generateFeeds', () => {
  it('renders the three files from the shipped data', async () => {
    const files = await generateFeeds({
      publicDir: PUBLIC_DIR,
      siteUrl: 'https://example.org',
    });
    expect(files.map((f) => f.urlPath)).toEqual(Object.values(FEED_PATHS));
    const json = JSON.parse(files[1]!.source) as { items: unknown[] };
    expect(json.items).toHaveLength(8);
    expect(files[2]!.source).toContain('UID:kubecon-na-2024@cncf-explorer');
  });

  it('names the file when the data is missing', async () => {
    await expect(
      generateFeeds({ publicDir: '/nonexistent', siteUrl: undefined }),
    ).rejects.toThrow(/events\.json/);
  });
});
