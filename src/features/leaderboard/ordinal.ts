const ORDINAL_RULES = new Intl.PluralRules('en-US', { type: 'ordinal' });
const ORDINAL_SUFFIX: Partial<Record<Intl.LDMLPluralRule, string>> = {
  one: 'st',
  two: 'nd',
  few: 'rd',
};

/** 1 → `1st`, 22 → `22nd`. */
export function ordinal(rank: number): string {
  return `${rank}${ORDINAL_SUFFIX[ORDINAL_RULES.select(rank)] ?? 'th'}`;
}
