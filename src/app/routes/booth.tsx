import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { pageTitle, paths } from '@/config/paths';
import { parseBoothParams } from '@/features/booth/booth-params';
import { useBoothDeck } from '@/features/booth/components/booth-deck';
import { BoothShow } from '@/features/booth/components/booth-show';
import {
  ThenNowChart,
  TourChart,
} from '@/features/landscape/components/booth-charts';
import { BoothTimelineView } from '@/features/timeline/components/booth-timeline';
import { TIMELINE_TITLE } from '@/features/timeline/components/timeline-text';
import { useAppReady } from '@/hooks/use-app-ready';
import { applyPendingUpdate, checkForUpdate } from '@/lib/service-worker';
import { formatDateRange } from '@/utils/format';

import type { BoothViews } from '@/features/booth/types';

/** The other features' charts, drawn at booth size. */
const VIEWS: BoothViews = {
  tour: ({ landscape, stop }) => (
    <TourChart landscape={landscape} subcategory={stop.subcategory} />
  ),
  thenNow: (args) => <ThenNowChart {...args} />,
  timelineTitle: TIMELINE_TITLE,
  timeline: (args) => <BoothTimelineView {...args} />,
};

/** How often a running booth asks the server for a new deployment. */
const UPDATE_CHECK_INTERVAL_MS = 30 * 60_000;

/** Between two loops: take a waiting deployment, or look for one. */
function onAttract() {
  if (!applyPendingUpdate()) checkForUpdate(UPDATE_CHECK_INTERVAL_MS);
}

export function Component() {
  useAppReady();
  const [search] = useSearchParams();
  const { config, notes } = useMemo(() => parseBoothParams(search), [search]);
  const { slides, event } = useBoothDeck(config.slides, VIEWS);
  const dates =
    event?.startDate && event.endDate
      ? formatDateRange(event.startDate, event.endDate)
      : null;
  return (
    <>
      <title>{pageTitle('Booth mode')}</title>
      <BoothShow
        config={config}
        notes={notes}
        slides={slides}
        attractTitle={event?.name ?? 'CNCF Explorer'}
        attractSubtitle={
          event ? [event.city, dates].filter(Boolean).join(' · ') : null
        }
        onAttract={onAttract}
        exitTo={paths.home}
      />
    </>
  );
}
