// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { isHttpUrl } from './field-rules';

/** What `isHttpUrl` must answer: the URL parser's verdict, no credentials. */
function byUrlParser(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname !== '' &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

describe('isHttpUrl', () => {
  it.each([
    'https://prometheus.io/',
    'http://example.org/tool',
    'HTTPS://Example.COM/Path?q=1#top',
    'https://a.b:8080/x',
    'https://a.b:0',
    'https://a.b:65535/',
    'https://a.b:65536/',
    'https://a.b:/',
    'https://localhost',
    'https://a..b/',
    'https://-a-.b-/',
    'https://example.com./',
    'https://example.com\\path',
    'https://example.com/%zz/<>"{}|^`',
    'https://example.com/a b',
    'https://user:pass@example.com/',
    'https://@example.com/',
    'https://1.2.3.4/',
    'https://1.2.3.4.5/',
    'https://999.1.1.1/',
    'https://a.0x1f/',
    'https://a.123/',
    'https://0x7f.1/',
    'https://[::1]/',
    'https://[::1/',
    'https://xn--nxasmq6b.com/',
    'https://xn--a.com/',
    'https://xn--ls8h.la/',
    'https://münchen.de/',
    'https://exa_mple.com/',
    'https://exa mple.com/',
    'https://exa%41mple.com/',
    'https://exa%zzmple.com/',
    'https://',
    'https:///path',
    'https://?q',
    'https://#f',
    'https://a.b?x',
    'https://a.b#',
    'ftp://example.org/foo',
    'javascript:alert(1)',
    'github.com/example/bad-repo',
  ])('answers as the URL parser does for %s', (text) => {
    expect(isHttpUrl(text)).toBe(byUrlParser(text));
  });
});
