import type { EmbedAward, EmbedTheme } from './embed-params';

/** How each award filter value is named in forms. */
export const AWARD_LABELS: Record<EmbedAward, string> = {
  all: 'All awards',
  'end-user': 'End User Awards',
  lifetime: 'Lifetime Achievement',
  community: 'Community Awards',
};

export const THEME_LABELS: Record<EmbedTheme, string> = {
  auto: 'Follow the visitor’s system',
  light: 'Light',
  dark: 'Dark',
};
