import { useEffect, useEffectEvent, useRef, useState } from 'react';

import { useReducedMotion } from '@/hooks/use-reduced-motion';
import { useSiteOrigin } from '@/hooks/use-render-context';
import { useThemeOverride } from '@/hooks/use-theme';
import { cn } from '@/utils/cn';

import { useFullscreen } from '../hooks/use-fullscreen';
import { useIdleCallback } from '../hooks/use-idle-callback';
import { useSlideLoop } from '../hooks/use-slide-loop';
import { useWakeLock } from '../hooks/use-wake-lock';
import { loopProgress } from '../model/slide-scheduler';
import { CURSOR_HIDE_MS, IDLE_TIMEOUT_MS, SWIPE_MIN_PX } from '../model/timing';
import { AttractScreen } from './attract-screen';
import { BoothControls } from './booth-controls';

import type { BoothConfig } from '../booth-params';
import type { BoothSlide } from '../types';

export type BoothShowProps = {
  config: BoothConfig;
  notes: string[];
  slides: BoothSlide[];
  attractTitle: string;
  attractSubtitle: string | null;
  /** Runs at each arrival on the attract screen (a safe moment to update). */
  onAttract?: () => void;
  /** Where "Exit to site" goes. */
  exitTo: string;
};

/** `?ref=booth` marks visits that came from a booth screen. */
function qrUrlFor(path: string, origin: string): string {
  const url = new URL(path, origin);
  url.searchParams.set('ref', 'booth');
  return url.href;
}

/** The booth presentation: attract screen, slide loop, controls. */
export function BoothShow(props: BoothShowProps) {
  const { config, slides } = props;
  const loop = useSlideLoop({
    steps: slides.map((s) => s.steps),
    intervalMs: config.intervalSeconds * 1000,
  });
  const { state } = loop;
  const fullscreen = useFullscreen();
  const reducedMotion = useReducedMotion();
  const [cursorHidden, setCursorHidden] = useState(false);
  // The built site's while a prerendered booth hydrates, then this host's.
  const origin = useSiteOrigin();
  const pointerStart = useRef<{ x: number; y: number } | null>(null);

  useThemeOverride(config.theme);
  useWakeLock(true);
  useIdleCallback(IDLE_TIMEOUT_MS, loop.idle);
  useIdleCallback(
    CURSOR_HIDE_MS,
    () => setCursorHidden(true),
    () => setCursorHidden(false),
  );
  // Leaving the booth (Exit to site) leaves full screen too.
  const exitFullscreen = fullscreen.exit;
  useEffect(() => exitFullscreen, [exitFullscreen]);
  const arriveAtAttract = useEffectEvent(() => props.onAttract?.());
  useEffect(() => {
    if (state.phase === 'attract') arriveAtAttract();
  }, [state.phase]);

  const attract = state.phase === 'attract';
  const slide = attract ? undefined : slides[state.slide];
  const step = slide ? Math.min(state.step, slide.steps - 1) : 0;
  const viewKey = slide ? `${slide.id}:${step}` : 'attract';
  const progress = loopProgress(state, loop.deck);
  const start = () => {
    fullscreen.enter();
    loop.start();
  };

  const onPointerUp = (event: React.PointerEvent<HTMLElement>) => {
    const from = pointerStart.current;
    pointerStart.current = null;
    if (!from || event.button > 0) return;
    if (event.target instanceof Element && event.target.closest('a,button')) {
      return;
    }
    const dx = event.clientX - from.x;
    if (
      Math.abs(dx) > SWIPE_MIN_PX &&
      Math.abs(dx) > Math.abs(event.clientY - from.y)
    ) {
      if (dx < 0) loop.next();
      else loop.prev();
      return;
    }
    if (attract) return start();
    const box = event.currentTarget.getBoundingClientRect();
    if (event.clientX - box.left < box.width / 3) loop.prev();
    else loop.next();
  };

  return (
    <div
      data-booth=""
      data-phase={state.phase}
      data-slide-id={slide?.id ?? 'attract'}
      data-slide-step={step}
      data-slide-counter={state.transitions}
      data-playing={state.playing}
      className={cn(
        'fixed inset-0 flex flex-col bg-white text-slate-950 dark:bg-slate-950 dark:text-white',
        cursorHidden && 'cursor-none',
      )}
    >
      <main
        className="relative min-h-0 flex-1 touch-pan-y overflow-y-auto px-[4vw] py-[4vh] select-none"
        onPointerDown={(e) => {
          pointerStart.current = { x: e.clientX, y: e.clientY };
        }}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          pointerStart.current = null;
        }}
      >
        <div
          key={viewKey}
          className={cn(
            'h-full',
            !reducedMotion &&
              'transition-[opacity,translate] duration-300 ease-out starting:translate-x-[2vw] starting:opacity-0',
          )}
        >
          {slide ? (
            slide.render(
              step,
              config.qr ? qrUrlFor(slide.sitePath(step), origin) : null,
            )
          ) : (
            <AttractScreen
              title={props.attractTitle}
              subtitle={props.attractSubtitle}
              notes={props.notes}
              qrUrl={config.qr ? qrUrlFor('/', origin) : null}
              onStart={start}
            />
          )}
        </div>
      </main>
      <p aria-live="polite" className="sr-only">
        {state.playing ? '' : (slide?.title ?? 'Start screen')}
      </p>
      <BoothControls
        playing={state.playing}
        position={progress.index}
        total={progress.total}
        slideTitles={slides.map((s) => s.title)}
        currentSlide={slide ? state.slide : -1}
        intervalSeconds={config.intervalSeconds}
        viewKey={`${viewKey}:${state.transitions}`}
        onPrev={loop.prev}
        onNext={loop.next}
        onToggle={loop.toggle}
        onGoto={loop.goto}
        fullscreen={{
          supported: fullscreen.supported,
          active: fullscreen.active,
          toggle: fullscreen.active ? fullscreen.exit : fullscreen.enter,
        }}
        exitTo={props.exitTo}
      />
    </div>
  );
}
