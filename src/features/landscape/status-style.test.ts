// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { STATUS_COLORS } from './status-style';

describe('STATUS_COLORS', () => {
  it('matches the --color-status-* tokens of the stylesheet', () => {
    const css = readFileSync(
      path.resolve(import.meta.dirname, '../../styles/index.css'),
      'utf8',
    );
    for (const [status, colour] of Object.entries(STATUS_COLORS)) {
      expect(css).toContain(`--color-status-${status}: ${colour};`);
    }
  });
});
