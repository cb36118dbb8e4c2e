import type { Landscape, LandscapeItem } from '@/features/landscape/schemas';

/** A YAML double-quoted scalar (JSON strings are valid ones). */
const q = (text: string) => JSON.stringify(text);

const DATE_KEYS = ['accepted', 'incubating', 'graduated', 'archived'] as const;

function itemLines(item: LandscapeItem): string[] {
  const pad = '            ';
  const lines = [
    '          - item:',
    `${pad}name: ${q(item.name)}`,
    `${pad}homepage_url: ${q(item.homepageUrl)}`,
  ];
  if (item.logo !== null) lines.push(`${pad}logo: ${q(item.logo)}`);
  if (item.repoUrl !== null) lines.push(`${pad}repo_url: ${q(item.repoUrl)}`);
  if (item.status !== null) lines.push(`${pad}project: ${item.status}`);
  if (item.secondPaths.length > 0) {
    lines.push(`${pad}second_path:`);
    for (const p of item.secondPaths) {
      lines.push(`${pad}  - ${q(`${p.category} / ${p.subcategory}`)}`);
    }
  }
  const dates = DATE_KEYS.filter((key) => item.dates[key] !== null);
  if (dates.length > 0) {
    lines.push(`${pad}extra:`);
    for (const key of dates)
      lines.push(`${pad}  ${key}: ${q(item.dates[key] ?? '')}`);
  }
  return lines;
}

/**
 * Writes a landscape back in the CNCF landscape.yml format, as the real
 * file lays it out (`- category:` / `- subcategory:` / `- item:` markers).
 * Tests use it to get a real-size landscape.yml from the committed data;
 * importing the result gives the same data back (a tested round trip).
 */
export function toLandscapeYml(landscape: Landscape): string {
  const lines = ['landscape:'];
  for (const category of landscape.categories) {
    lines.push(
      '  - category:',
      `    name: ${q(category.name)}`,
      '    subcategories:',
    );
    for (const subcategory of category.subcategories) {
      const items = landscape.items.filter(
        (i) => i.category === category.name && i.subcategory === subcategory,
      );
      lines.push('      - subcategory:', `        name: ${q(subcategory)}`);
      if (items.length === 0) {
        lines.push('        items: []');
        continue;
      }
      lines.push('        items:', ...items.flatMap(itemLines));
    }
  }
  return `${lines.join('\n')}\n`;
}
