// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { escapeMarkup } from './escape-markup';

describe('escapeMarkup', () => {
  it('escapes the five characters markup gives meaning to', () => {
    expect(escapeMarkup(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });

  it('escapes an ampersand once, so an entity in the text stays visible', () => {
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
  });

  it('leaves other text, including non-ASCII, as it is', () => {
    expect(escapeMarkup('Zürich – 東京')).toBe('Zürich – 東京');
  });
});
