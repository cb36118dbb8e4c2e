// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { stripBidiControls } from './text';

describe('stripBidiControls', () => {
  it('removes every bidi control and keeps the rest', () => {
    const controls = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
    ];
    for (const c of controls) expect(stripBidiControls(`a${c}b`)).toBe('ab');
    expect(stripBidiControls('Evil\u202Etxt.exe')).toBe('Eviltxt.exe');
    expect(stripBidiControls('שלום Prometheus')).toBe('שלום Prometheus');
  });
});
