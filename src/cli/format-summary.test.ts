// @vitest-environment node
import { describe, expect, it } from 'vitest';

import problemsYaml from '@/features/landscape/import/fixtures/problems.yml?raw';
import { importLandscape } from '@/features/landscape/import/import-landscape';

import { formatSummary } from './format-summary';

describe('formatSummary', () => {
  it('prints counts, statuses, rejected items and warnings with lines', () => {
    const result = importLandscape(problemsYaml, {
      fileName: 'problems.yml',
      asOf: '2026-08-07',
    });
    if (!result.ok) throw new Error(result.message);
    const text = formatSummary(result.report, '2026-08-07').join('\n');
    expect(text).toContain(
      'problems.yml: all categories (statuses as of 2026-08-07)',
    );
    expect(text).toMatch(
      /Items read\s+13\n\s+Items shown\s+5\n\s+Items rejected\s+8/,
    );
    expect(text).toMatch(/Incubating\s+1/);
    expect(text).toContain('Rejected items (8):');
    expect(text).toContain(
      '  line 16, item "Foo": homepage_url is not an http(s) URL',
    );
    expect(text).toContain('Warnings and other problems (7):');
    expect(text).toContain(
      '  error: line 42, category #2: has no name; its items are rejected',
    );
  });
});
