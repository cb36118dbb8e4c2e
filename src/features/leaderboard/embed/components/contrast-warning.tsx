import {
  describeContrastProblems,
  findContrastProblems,
} from '../embed-contrast';

import type { EmbedParams } from '../embed-params';

export type ContrastWarningProps = {
  params: Pick<EmbedParams, 'theme' | 'bg' | 'accent'>;
};

/**
 * Warns, next to the options, when the chosen theme, background and accent
 * would leave the embed hard to read on a light or a dark host page. The
 * live region stays in the page so screen readers hear it appear.
 */
export function ContrastWarning({ params }: ContrastWarningProps) {
  const sentences = describeContrastProblems(
    findContrastProblems(params),
    params,
  );
  const transparent = params.bg === 'transparent';
  return (
    <div role="status" aria-label="Readability check">
      {sentences.length > 0 && (
        <div className="mt-6 rounded-lg border border-amber-600 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
          <p className="font-semibold">Hard to read with these options</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {sentences.map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
          <p className="mt-2">
            {transparent
              ? 'With a transparent background the embed’s text sits on your page: choose the theme that matches it (Dark for a dark page, Light for a light one), or keep the theme’s background.'
              : 'Choose a background and accent that suit the theme’s text, or keep the theme’s own colours.'}
          </p>
        </div>
      )}
    </div>
  );
}
