import { interpolateNumber } from 'd3-interpolate';
import { useEffect, useState } from 'react';

import type { TileNode } from '../layout/compute-landscape-layout';

/** Length of the zoom / filter transition, ms. */
const TWEEN_MS = 280;
/** Above this many moving tiles the change is shown at once (frame budget). */
const TWEEN_LIMIT = 600;

type Tween = {
  target: readonly TileNode[];
  from: ReadonlyMap<string, TileNode> | null;
  progress: number;
};

const ease = (t: number) => 1 - (1 - t) ** 3;

function mix(a: TileNode, b: TileNode, t: number): TileNode {
  return {
    ...b,
    x: interpolateNumber(a.x, b.x)(t),
    y: interpolateNumber(a.y, b.y)(t),
    width: interpolateNumber(a.width, b.width)(t),
    height: interpolateNumber(a.height, b.height)(t),
  };
}

function frame(tween: Tween): readonly TileNode[] {
  const { from, target, progress } = tween;
  if (!from || progress >= 1) return target;
  const t = ease(progress);
  return target.map((tile) => {
    const start = from.get(tile.id);
    return start ? mix(start, tile, t) : tile;
  });
}

/**
 * Tiles moving from their previous place to `target` (zoom into a
 * subcategory and back, filters): tiles present before glide, new ones
 * appear in place. Off under reduced motion or for very many tiles.
 */
export function useTweenedTiles(
  target: readonly TileNode[],
  enabled: boolean,
): readonly TileNode[] {
  const [tween, setTween] = useState<Tween>({
    target,
    from: null,
    progress: 1,
  });
  if (tween.target !== target) {
    // Derive the new tween during render so the first frame starts from
    // where the tiles are now, not from where they are going.
    const moving =
      enabled && target.length <= TWEEN_LIMIT && tween.target.length > 0;
    const shown = frame(tween);
    setTween({
      target,
      from: moving ? new Map(shown.map((t) => [t.id, t])) : null,
      progress: moving ? 0 : 1,
    });
  }

  const running = tween.from !== null && tween.progress < 1;
  useEffect(() => {
    if (!running) return;
    const start = performance.now();
    let raf = requestAnimationFrame(function step(now) {
      // rAF time can precede the effect start by part of a frame.
      const progress = Math.min(1, Math.max(0, (now - start) / TWEEN_MS));
      setTween((t) => ({ ...t, progress }));
      if (progress < 1) raf = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(raf);
  }, [running, tween.target]);

  return frame(tween);
}
