import { render, screen, within } from '@testing-library/react';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { WinnerSchema } from '../schemas';
import { AwardFigures } from './award-figures';

import type { Metric } from '../schemas';

const metric = (id: string): Metric => ({
  id,
  label: `Figure ${id}`,
  unit: null,
});

describe('AwardFigures', () => {
  it('reads a metric id that is a built-in object key as not published', () => {
    const ids = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    const winner = v.parse(
      WinnerSchema,
      JSON.parse(
        JSON.stringify({
          name: 'W',
          kind: 'organization',
          rank: 1,
          role: null,
          organization: null,
          reason: 'r',
          highlights: [],
          metrics: { contributions: { value: 5160, qualifier: 'more-than' } },
          links: [],
        }),
      ),
    );
    render(
      <AwardFigures
        metrics={[...ids.map(metric), metric('contributions')]}
        values={winner.metrics}
      />,
    );
    for (const id of ids) {
      const term = screen.getByText(`Figure ${id}`);
      const value = term.nextElementSibling as HTMLElement;
      expect(within(value).getByText('not published')).toBeInTheDocument();
    }
    const known = screen.getByText('Figure contributions').nextElementSibling;
    expect(known).toHaveTextContent('5,160+');
  });
});
