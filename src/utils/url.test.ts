// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { isHttpUrl } from './url';

describe('isHttpUrl', () => {
  it.each([
    ['https://prometheus.io/', true],
    ['http://example.org', true],
    ['HTTPS://Example.org:8080/a?b#c', true],
    ['https://xn--bcher-kva.example/', true],
    ['https://[::1]:4000/x', true],
    ['https://example.org/user@example', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['//evil.example', false],
    ['/relative/path', false],
    ['https://', false],
    ['https://trusted.example@evil.example/', false],
    ['https://user:secret@example.org/', false],
    ['http://:pw@example.org/', false],
    ['', false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(isHttpUrl(value)).toBe(expected);
  });
});
