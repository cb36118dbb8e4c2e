import { useCallback, useEffect, useMemo, useReducer } from 'react';

import { INITIAL_LOOP_STATE, loopReducer } from '../model/slide-scheduler';

import type { DeckSteps } from '../model/slide-scheduler';

export type SlideLoopOptions = {
  /** Step count of each slide. */
  steps: DeckSteps;
  /** How long each view stays up while playing. */
  intervalMs: number;
};

/** Keys that never steer the loop when typed into a control. */
function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Runs the booth loop: the state machine, the one interval timer and the
 * keyboard. At most one timeout is pending at any time; it is cleared on
 * every change and on unmount.
 */
export function useSlideLoop({ steps, intervalMs }: SlideLoopOptions) {
  const [state, dispatch] = useReducer(loopReducer, INITIAL_LOOP_STATE);
  // A stable array while the counts are equal, so a re-render with fresh
  // data does not restart the interval.
  const stepsKey = steps.join(',');
  const deck = useMemo(
    () => (stepsKey === '' ? [] : stepsKey.split(',').map(Number)),
    [stepsKey],
  );

  useEffect(() => {
    if (!state.playing) return;
    const handle = setTimeout(
      () => dispatch({ type: 'tick', steps: deck }),
      intervalMs,
    );
    return () => clearTimeout(handle);
  }, [state.playing, state.transitions, intervalMs, deck]);

  const controls = useMemo(
    () => ({
      start: () => dispatch({ type: 'start' }),
      next: () => dispatch({ type: 'next', steps: deck }),
      prev: () => dispatch({ type: 'prev', steps: deck }),
      goto: (slide: number) => dispatch({ type: 'goto', slide, steps: deck }),
      toggle: () => dispatch({ type: 'toggle' }),
      idle: () => dispatch({ type: 'idle' }),
    }),
    [deck],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          event.preventDefault();
          controls.next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          event.preventDefault();
          controls.prev();
          break;
        case 'k':
        case 'p':
          controls.toggle();
          break;
        case ' ':
          // Space on a focused button presses that button instead.
          if (event.target !== document.body) return;
          event.preventDefault();
          controls.toggle();
          break;
      }
    },
    [controls],
  );

  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onKeyDown]);

  return { state, deck, ...controls };
}
