import { NotPublished } from '@/components/ui/not-published';
import { formatFigureValue } from '@/utils/format';
import { ownValue } from '@/utils/own';

import type { Metric, Winner } from '../schemas';

export type AwardFiguresProps = {
  metrics: Metric[];
  values: Winner['metrics'];
};

/**
 * A winner's figures as a description list. A figure the source does not
 * give reads "not published": never 0, and never drawn as an empty bar.
 */
export function AwardFigures({ metrics, values }: AwardFiguresProps) {
  if (metrics.length === 0) return null;
  return (
    <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
      {metrics.map((metric) => {
        // Own keys only: an id such as `constructor` is not a figure.
        const value = ownValue(values, metric.id) ?? null;
        return (
          <div key={metric.id} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">
              {metric.label}
            </dt>
            <dd className="font-semibold tabular-nums">
              {value ? (
                <>
                  {formatFigureValue(value)}
                  {metric.unit ? ` ${metric.unit}` : ''}
                </>
              ) : (
                <NotPublished />
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
