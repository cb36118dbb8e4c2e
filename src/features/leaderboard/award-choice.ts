import * as v from 'valibot';

/**
 * Which award a page or an embed shows: a category `id` from the awards
 * file, or `all`. The ids come from the data, so a new event's awards need
 * no code; an id the data does not have is reported by AwardLeaderboard.
 */
export type AwardChoice = string;

/** The `?award=` parameter of /awards and of the embed. */
export const AWARD_PARAM = 'award';
export const ALL_AWARDS: AwardChoice = 'all';

/** A category id: lower-case slug, as the awards schema writes them. */
export const AwardChoiceSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9-]{1,64}$/),
);

/** `?award=` read leniently: anything that is not a slug means all awards. */
export function parseAwardChoice(value: string | null): AwardChoice {
  return v.is(AwardChoiceSchema, value) ? value : ALL_AWARDS;
}
