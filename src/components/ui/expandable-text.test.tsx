import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ExpandableText } from './expandable-text';

describe('ExpandableText', () => {
  it('shows a short text whole, with no button', () => {
    render(<ExpandableText text="A short summary." />);
    expect(screen.getByText('A short summary.')).not.toHaveClass(
      'line-clamp-4',
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('cuts a long text to four lines until the reader asks for more', async () => {
    const long = 'word '.repeat(200).trim();
    render(<ExpandableText text={long} />);
    const paragraph = screen.getByText(long);
    const button = screen.getByRole('button', { name: 'Show more' });
    expect(paragraph).toHaveClass('line-clamp-4');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', paragraph.id);
    await userEvent.click(button);
    expect(paragraph).not.toHaveClass('line-clamp-4');
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });
});
