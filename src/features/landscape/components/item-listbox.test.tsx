import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { ItemListbox } from './item-listbox';

import type { TileNode } from '../layout/compute-landscape-layout';
import type { LandscapeItem } from '../schemas';

const COUNT = 1000;
const tiles: TileNode[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `item-${i}`,
  groupKey: 'C/S',
  x: (i % 40) * 30,
  y: Math.floor(i / 40) * 12,
  width: 28,
  height: 10,
}));
const itemsById = new Map(
  tiles.map((t, i) => [
    t.id,
    { id: t.id, name: `Item ${i + 1}`, subcategory: 'S' } as LandscapeItem,
  ]),
);

function Windowed({ onOpen }: { onOpen: (id: string) => void }) {
  const [activeId, setActiveId] = useState<string | null>(null);
  return (
    <ItemListbox
      idPrefix="t"
      label="Whole landscape: 1000 items"
      tiles={tiles}
      itemsById={itemsById}
      statusLabelOf={() => 'Not a CNCF project'}
      matches={null}
      activeId={activeId}
      onActiveChange={setActiveId}
      onOpen={onOpen}
      onFocusChange={() => undefined}
      onChartKey={() => false}
      windowed
    />
  );
}

describe('ItemListbox, windowed', () => {
  it('renders the options around the active one, each placed in the whole list', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<Windowed onOpen={onOpen} />);
    const list = screen.getByRole('listbox', { name: /1000 items/ });
    expect(within(list).getAllByRole('option').length).toBeLessThanOrEqual(51);

    const active = () =>
      document.getElementById(list.getAttribute('aria-activedescendant') ?? '');
    await user.click(list); // focus activates the first item
    expect(active()).toHaveAttribute('aria-posinset', '1');
    await user.keyboard('{End}');
    expect(active()).toHaveTextContent(/^Item 1000:/);
    expect(active()).toHaveAttribute('aria-posinset', '1000');
    expect(active()).toHaveAttribute('aria-setsize', '1000');
    expect(within(list).getAllByRole('option').length).toBeLessThanOrEqual(51);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onOpen).toHaveBeenCalledWith('item-959');
  });
});
