import {
  PATTERN_CELL,
  PATTERN_INK,
  PATTERN_STROKE,
  patternId,
  STATUS_COLORS,
} from './status-style';

import type { DisplayStatus } from '@/lib/schemas/cncf-status';

/** Overlay patterns (dark ink, translucent) drawn on top of status colours. */
export function StatusPatternDefs({ prefix }: { prefix: string }) {
  const ink = PATTERN_INK;
  const c = PATTERN_CELL;
  return (
    <defs>
      <pattern
        id={`${prefix}-stripes`}
        width={c}
        height={c}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line
          x1="0"
          y1="0"
          x2="0"
          y2={c}
          stroke={ink}
          strokeWidth={PATTERN_STROKE.stripes}
        />
      </pattern>
      <pattern
        id={`${prefix}-dots`}
        width={c}
        height={c}
        patternUnits="userSpaceOnUse"
      >
        <circle cx={c / 2} cy={c / 2} r={PATTERN_STROKE.dot} fill={ink} />
      </pattern>
      <pattern
        id={`${prefix}-cross`}
        width={c}
        height={c}
        patternUnits="userSpaceOnUse"
      >
        <path
          d={`M0 0L${c} ${c}M${c} 0L0 ${c}`}
          stroke={ink}
          strokeWidth={PATTERN_STROKE.cross}
        />
      </pattern>
    </defs>
  );
}

export type StatusSwatchProps = { status: DisplayStatus; className?: string };

/** A small legend swatch: the status colour, its pattern, or an outline for none. */
export function StatusSwatch({ status, className }: StatusSwatchProps) {
  const prefix = `swatch-${status}`;
  const id = patternId(prefix, status);
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      className={className}
    >
      <StatusPatternDefs prefix={prefix} />
      {status === 'none' ? (
        <rect
          x="1"
          y="1"
          width="14"
          height="14"
          rx="2"
          fill="none"
          stroke={STATUS_COLORS.none}
          strokeWidth="2"
        />
      ) : (
        <>
          <rect width="16" height="16" rx="3" fill={STATUS_COLORS[status]} />
          {id && <rect width="16" height="16" rx="3" fill={`url(#${id})`} />}
        </>
      )}
    </svg>
  );
}
