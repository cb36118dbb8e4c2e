import type { EmbedTheme } from './embed/embed-params';

export const THEME_LABELS: Record<EmbedTheme, string> = {
  auto: 'Follow the visitor’s system',
  light: 'Light',
  dark: 'Dark',
};
