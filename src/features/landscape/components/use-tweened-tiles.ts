import { useEffect, useState } from 'react';

import { anyTileMoves, glideFrame, glideMs } from '../layout/glide';

import type { TileNode } from '../layout/compute-landscape-layout';

type Tween = {
  target: readonly TileNode[];
  from: ReadonlyMap<string, TileNode> | null;
  /** Length of this glide, ms (0: shown at once). */
  duration: number;
  progress: number;
};

const shownOf = (tween: Tween) =>
  glideFrame(tween.target, tween.from, tween.progress);

/**
 * Tiles moving from their previous place to `target` (zoom into a
 * subcategory and back, filters): tiles present before glide, new ones
 * appear in place. The glide's length is glideMs's rule: none under
 * reduced motion (`motion` false) or when thousands of tiles change, and
 * none when no tile moves (the same view laid out again).
 */
export function useTweenedTiles(
  target: readonly TileNode[],
  motion: boolean,
): readonly TileNode[] {
  const [tween, setTween] = useState<Tween>({
    target,
    from: null,
    duration: 0,
    progress: 1,
  });
  if (tween.target !== target) {
    // Derive the new tween during render so the first frame starts from
    // where the tiles are now, not from where they are going.
    const ms = glideMs(tween.target.length, target.length, motion);
    const from = ms > 0 ? new Map(shownOf(tween).map((t) => [t.id, t])) : null;
    const moving = from !== null && anyTileMoves(target, from);
    setTween({
      target,
      from: moving ? from : null,
      duration: moving ? ms : 0,
      progress: moving ? 0 : 1,
    });
  }

  const running = tween.from !== null && tween.progress < 1;
  const { duration } = tween;
  useEffect(() => {
    if (!running) return;
    const start = performance.now();
    let raf = requestAnimationFrame(function step(now) {
      // rAF time can precede the effect start by part of a frame.
      const progress = Math.min(1, Math.max(0, (now - start) / duration));
      setTween((t) => ({ ...t, progress }));
      if (progress < 1) raf = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(raf);
  }, [running, duration, tween.target]);

  return shownOf(tween);
}
