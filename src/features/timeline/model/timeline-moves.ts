import type { Landscape, LandscapeItem } from '@/features/landscape/schemas';
import type { CncfStatus } from '@/lib/schemas/cncf-status';

/** The steps of a CNCF project's life, in the order they happen. */
export const MOVE_KINDS = [
  'accepted',
  'incubating',
  'graduated',
  'archived',
] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

export const MOVE_LABELS: Record<MoveKind, string> = {
  accepted: 'Accepted',
  incubating: 'Incubating',
  graduated: 'Graduated',
  archived: 'Archived',
};

/** The status a project holds from the day of a move on. */
export const MOVE_STATUS: Record<MoveKind, CncfStatus> = {
  accepted: 'sandbox',
  incubating: 'incubating',
  graduated: 'graduated',
  archived: 'archived',
};

/** One dated step of one CNCF project. */
export type Move = {
  /** `<itemId>:<kind>`, unique within a landscape. */
  id: string;
  itemId: string;
  name: string;
  category: string;
  kind: MoveKind;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  /** Accepted straight into incubation: its `incubating` date equals `accepted`. */
  enteredAtIncubating: boolean;
};

/** The CNCF projects of a landscape, split by whether they carry any date. */
export type ProjectsByDating = {
  dated: LandscapeItem[];
  undated: LandscapeItem[];
};

function hasDates(item: LandscapeItem): boolean {
  return MOVE_KINDS.some((kind) => item.dates[kind] !== null);
}

/**
 * CNCF projects: items with a status. Items with dates but no status are
 * left out: in the landscape file they are a project's parts or second
 * entries (Tetragon under Cilium, Meshery (Wasm)), not projects of their own.
 */
export function cncfProjects(landscape: Landscape): ProjectsByDating {
  const dated: LandscapeItem[] = [];
  const undated: LandscapeItem[] = [];
  for (const item of landscape.items) {
    if (item.status === null) continue;
    (hasDates(item) ? dated : undated).push(item);
  }
  return { dated, undated };
}

const KIND_RANK: Record<MoveKind, number> = {
  accepted: 0,
  incubating: 1,
  graduated: 2,
  archived: 3,
};

/** Oldest first; one day's moves by kind, then by name. */
function compareMoves(a: Move, b: Move): number {
  return (
    a.date.localeCompare(b.date) ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    a.name.localeCompare(b.name, 'en')
  );
}

/**
 * Every dated step of every CNCF project, oldest first. Each date the file
 * gives is one move, so a project accepted straight into incubation has an
 * `accepted` and an `incubating` move on the same day.
 */
export function extractMoves(landscape: Landscape): Move[] {
  const moves: Move[] = [];
  for (const item of cncfProjects(landscape).dated) {
    for (const kind of MOVE_KINDS) {
      const date = item.dates[kind];
      if (date === null) continue;
      moves.push({
        id: `${item.id}:${kind}`,
        itemId: item.id,
        name: item.name,
        category: item.category,
        kind,
        date,
        enteredAtIncubating:
          kind === 'incubating' && date === item.dates.accepted,
      });
    }
  }
  return moves.sort(compareMoves);
}

/** `2024-11-12` → 2024. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
