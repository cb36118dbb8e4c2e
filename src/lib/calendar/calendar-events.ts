import type { CatalogEvent, EventCatalog } from '../schemas/event-catalog';

/** An event with both of its days known, ready for a calendar. */
export type DatedEvent = CatalogEvent & { startDate: string; endDate: string };

export type CalendarSelection = {
  /** The featured event, then the others by start date. */
  included: DatedEvent[];
  /** Events whose dates no source gives: left out, never guessed. */
  omitted: CatalogEvent[];
};

function isDated(event: CatalogEvent): event is DatedEvent {
  return event.startDate !== null && event.endDate !== null;
}

/** Which catalog events go into `/events.ics`, and which cannot. */
export function selectCalendarEvents(catalog: EventCatalog): CalendarSelection {
  const included: DatedEvent[] = [];
  const omitted: CatalogEvent[] = [];
  for (const event of catalog.events) {
    if (isDated(event)) included.push(event);
    else omitted.push(event);
  }
  included.sort(
    (a, b) =>
      Number(b.id === catalog.featured) - Number(a.id === catalog.featured) ||
      a.startDate.localeCompare(b.startDate),
  );
  return { included, omitted };
}
