import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { buildView } from '@/features/landscape/import/build-report';
import problemsYaml from '@/features/landscape/import/fixtures/problems.yml?raw';
import {
  isImportFailure,
  readLandscapeFile,
} from '@/features/landscape/import/import-landscape';

import { CategoryPicker } from './category-picker';
import { ImportSummary } from './import-summary';

import type { FullImport } from '@/features/landscape/import/build-report';

function readFixture(): FullImport {
  const result = readLandscapeFile(problemsYaml, {
    fileName: 'problems.yml',
    asOf: '2026-08-07',
  });
  if (isImportFailure(result)) throw new Error(result.message);
  return result;
}

const full = readFixture();

describe('ImportSummary', () => {
  it('shows counts that add up, and every rejected item with its line', () => {
    const { report } = buildView(full, null);
    render(<ImportSummary report={report} milliseconds={412.4} />);
    const summary = screen.getByRole('region', { name: 'Import summary' });
    expect(summary).toHaveTextContent('Items read13');
    expect(summary).toHaveTextContent('Items shown5');
    expect(summary).toHaveTextContent('Items rejected8');
    const rejected = screen.getByRole('list', { name: 'Rejected items' });
    expect(within(rejected).getAllByRole('listitem')).toHaveLength(8);
    expect(rejected).toHaveTextContent(
      'line 16, item "Foo": homepage_url is not an http(s) URL',
    );
    expect(screen.getByText('Rejected items (8)')).toBeInTheDocument();
    expect(summary).toHaveTextContent('Read in 412 ms');
  });

  it("counts a maturity of the file's own apart from items with no status", () => {
    const { report } = buildView(full, null);
    expect(report.byMaturity).toEqual([{ label: 'Beta', items: 1 }]);
    render(
      <ImportSummary
        report={{ ...report, withSecondPath: 1 }}
        milliseconds={null}
      />,
    );
    expect(
      screen.getByText(
        /^1 item also names a second place \(second_path\); it is shown/,
      ),
    ).toBeInTheDocument();
    const byStatus = screen.getByText('Shown items by status')
      .nextElementSibling as HTMLElement;
    expect(
      within(byStatus)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Graduated: 0',
      'Incubating: 1',
      'Sandbox: 0',
      'Archived: 0',
      'Beta: 1',
      'No project status: 3',
    ]);
  });
});

describe('CategoryPicker', () => {
  it('offers all categories or one, with item counts', async () => {
    const onChange = vi.fn();
    render(
      <CategoryPicker
        categories={full.availableCategories}
        allItems={13}
        value={null}
        onChange={onChange}
      />,
    );
    const select = screen.getByLabelText('Show');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'All categories (13 items)',
      'Broken (10 items)',
      'Half Named (2 items)',
    ]);
    await userEvent.selectOptions(select, 'Half Named (2 items)');
    expect(onChange).toHaveBeenCalledWith('Half Named');
  });
});
