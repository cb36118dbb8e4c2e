import { patternId, STATUS_COLORS } from '../status-style';

import type { DisplayStatus } from '../schemas';

/** Overlay patterns (dark ink, translucent) drawn on top of status colours. */
export function StatusPatternDefs({ prefix }: { prefix: string }) {
  const ink = 'rgba(0,0,0,0.45)';
  return (
    <defs>
      <pattern
        id={`${prefix}-stripes`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="6" stroke={ink} strokeWidth="1.5" />
      </pattern>
      <pattern
        id={`${prefix}-dots`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
      >
        <circle cx="3" cy="3" r="1.1" fill={ink} />
      </pattern>
      <pattern
        id={`${prefix}-cross`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
      >
        <path d="M0 0L6 6M6 0L0 6" stroke={ink} strokeWidth="1" />
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
