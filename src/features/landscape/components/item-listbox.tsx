import { memo } from 'react';

import { nearestInDirection } from '../layout/navigate';

import type { TileNode } from '../layout/compute-landscape-layout';
import type { Direction } from '../layout/navigate';
import type { LandscapeItem } from '../schemas';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export type ItemListboxProps = {
  idPrefix: string;
  label: string;
  tiles: readonly TileNode[];
  itemsById: ReadonlyMap<string, LandscapeItem>;
  /** How an item's status reads (a CNCF status or the file's own maturity). */
  statusLabelOf: (id: string) => string;
  matches: ReadonlySet<string> | null;
  activeId: string | null;
  onActiveChange: (id: string | null) => void;
  onOpen: (id: string) => void;
  onFocusChange: (focused: boolean) => void;
  /** Keys the chart handles itself (+, −, 0 for zoom). */
  onChartKey: (key: string) => boolean;
  /**
   * Render only the options around the active one (each says its place in
   * the whole list), for landscapes of thousands of items.
   */
  windowed?: boolean;
};

/** Options rendered before and after the active one when windowed. */
const LISTBOX_WINDOW = 25;

function optionId(prefix: string, id: string): string {
  return `${prefix}-opt-${id}`;
}

/**
 * The chart's keyboard and screen-reader interface: a listbox with one
 * option per tile (aria-activedescendant). It is visually hidden; the chart
 * shows its focus and the active tile. Arrow keys move spatially across the
 * tiles, Home / End jump, Enter or Space opens the item.
 */
export const ItemListbox = memo(function ItemListbox(props: ItemListboxProps) {
  const { tiles, itemsById, statusLabelOf, activeId, idPrefix } = props;
  const activeIndex = tiles.findIndex((t) => t.id === activeId);
  const activeTile = tiles[activeIndex] ?? null;
  const from = props.windowed ? Math.max(0, activeIndex - LISTBOX_WINDOW) : 0;
  const to = props.windowed
    ? Math.max(activeIndex, 0) + LISTBOX_WINDOW + 1
    : tiles.length;

  const onKeyDown = (event: React.KeyboardEvent) => {
    const first = tiles[0];
    if (!first) return;
    let next: TileNode | null | undefined;
    const direction = ARROWS[event.key];
    if (direction)
      next = activeTile
        ? (nearestInDirection(tiles, activeTile, direction) ?? activeTile)
        : first;
    else if (event.key === 'Home') next = first;
    else if (event.key === 'End') next = tiles.at(-1);
    else if ((event.key === 'Enter' || event.key === ' ') && activeTile) {
      event.preventDefault();
      props.onOpen(activeTile.id);
      return;
    } else if (props.onChartKey(event.key)) {
      event.preventDefault();
      return;
    }
    if (next) {
      event.preventDefault();
      props.onActiveChange(next.id);
    }
  };

  return (
    <div
      role="listbox"
      tabIndex={0}
      aria-label={props.label}
      aria-activedescendant={
        activeTile ? optionId(idPrefix, activeTile.id) : undefined
      }
      className="sr-only"
      onKeyDown={onKeyDown}
      onFocus={() => {
        props.onFocusChange(true);
        if (!activeTile && tiles[0]) props.onActiveChange(tiles[0].id);
      }}
      onBlur={() => props.onFocusChange(false)}
    >
      {tiles.slice(from, to).map((tile, i) => {
        const item = itemsById.get(tile.id);
        if (!item) return null;
        const status = statusLabelOf(tile.id);
        const match = props.matches?.has(tile.id) ? ', matches the search' : '';
        return (
          <div
            key={tile.id}
            id={optionId(idPrefix, tile.id)}
            role="option"
            aria-selected={tile.id === activeId}
            aria-setsize={props.windowed ? tiles.length : undefined}
            aria-posinset={props.windowed ? from + i + 1 : undefined}
            onClick={() => props.onOpen(tile.id)}
          >
            {`${item.name}: ${status}, ${item.subcategory}${match}`}
          </div>
        );
      })}
    </div>
  );
});
