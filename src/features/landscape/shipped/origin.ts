import type { LandscapeOrigin } from '../schemas';

/** The title readers see for the data's source. */
export function originTitle(origin: LandscapeOrigin): string {
  const at = origin.commit ? ` at commit ${origin.commit.slice(0, 8)}` : '';
  return `${origin.repository} ${origin.file}${at}, ${origin.date}`;
}

/** A link to the exact file the data was made from (or its latest version). */
export function originUrl(origin: LandscapeOrigin): string {
  const ref = origin.commit ?? 'HEAD';
  return `https://github.com/${origin.repository}/blob/${ref}/${origin.file}`;
}
