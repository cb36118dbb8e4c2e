/**
 * The booth loop as a pure state machine. The attract screen is part of
 * the loop: attract → slide 0 step 0 → … → last step of the last slide →
 * attract again. A slide may have several steps (one per announcement, one
 * per landscape subcategory); each step stays up for one interval.
 */
export type LoopPhase = 'attract' | 'slides';

export type LoopState = {
  phase: LoopPhase;
  /** Whether the interval timer advances the loop. */
  playing: boolean;
  /** Index into the deck; meaningful only in the `slides` phase. */
  slide: number;
  step: number;
  /** How many times the view has changed; read by tests and the bench. */
  transitions: number;
};

/** Step count of each slide in the deck, in order (each at least 1). */
export type DeckSteps = readonly number[];

export type LoopAction =
  /** A tap on the attract screen: play from the first slide. */
  | { type: 'start' }
  /** The interval elapsed. */
  | { type: 'tick'; steps: DeckSteps }
  /** A visitor asked for the next or previous view; this pauses. */
  | { type: 'next'; steps: DeckSteps }
  | { type: 'prev'; steps: DeckSteps }
  /** A visitor picked a slide from the progress indicator; this pauses. */
  | { type: 'goto'; slide: number; steps: DeckSteps }
  | { type: 'pause' }
  | { type: 'play' }
  | { type: 'toggle' }
  /** No input for the idle timeout: back to the attract screen, playing. */
  | { type: 'idle' };

export const INITIAL_LOOP_STATE: LoopState = {
  phase: 'attract',
  playing: true,
  slide: 0,
  step: 0,
  transitions: 0,
};

type Position = Pick<LoopState, 'phase' | 'slide' | 'step'>;

const ATTRACT: Position = { phase: 'attract', slide: 0, step: 0 };
const FIRST: Position = { phase: 'slides', slide: 0, step: 0 };

function stepsOf(steps: DeckSteps, slide: number): number {
  return Math.max(1, steps[slide] ?? 1);
}

function forward(pos: Position, steps: DeckSteps): Position {
  if (steps.length === 0) return ATTRACT;
  if (pos.phase === 'attract') return FIRST;
  if (pos.step + 1 < stepsOf(steps, pos.slide)) {
    return { ...pos, step: pos.step + 1 };
  }
  if (pos.slide + 1 < steps.length) {
    return { phase: 'slides', slide: pos.slide + 1, step: 0 };
  }
  return ATTRACT;
}

function backward(pos: Position, steps: DeckSteps): Position {
  if (steps.length === 0) return ATTRACT;
  if (pos.phase === 'attract') {
    const last = steps.length - 1;
    return { phase: 'slides', slide: last, step: stepsOf(steps, last) - 1 };
  }
  // The deck may have shrunk (data arrived with fewer steps): clamp first.
  const step = Math.min(pos.step, stepsOf(steps, pos.slide) - 1);
  if (step > 0) return { ...pos, step: step - 1 };
  if (pos.slide > 0) {
    const slide = Math.min(pos.slide, steps.length) - 1;
    return { phase: 'slides', slide, step: stepsOf(steps, slide) - 1 };
  }
  return ATTRACT;
}

function moveTo(state: LoopState, pos: Position, playing: boolean): LoopState {
  const moved =
    pos.phase !== state.phase ||
    pos.slide !== state.slide ||
    pos.step !== state.step;
  if (!moved && playing === state.playing) return state;
  return {
    ...pos,
    playing,
    transitions: state.transitions + (moved ? 1 : 0),
  };
}

export function loopReducer(state: LoopState, action: LoopAction): LoopState {
  switch (action.type) {
    case 'start':
      return moveTo(state, FIRST, true);
    case 'tick':
      return state.playing
        ? moveTo(state, forward(state, action.steps), true)
        : state;
    case 'next':
      return moveTo(state, forward(state, action.steps), false);
    case 'prev':
      return moveTo(state, backward(state, action.steps), false);
    case 'goto': {
      const slide = Math.min(
        Math.max(0, action.slide),
        action.steps.length - 1,
      );
      if (slide < 0) return state;
      return moveTo(state, { phase: 'slides', slide, step: 0 }, false);
    }
    case 'pause':
      return moveTo(state, state, false);
    case 'play':
      return moveTo(state, state, true);
    case 'toggle':
      return moveTo(state, state, !state.playing);
    case 'idle':
      // A loop that is already playing is left alone: only a visitor's
      // pause (or a manual step) is undone by walking away.
      return state.playing ? state : moveTo(state, ATTRACT, true);
  }
}

/** Position of the current view in the whole loop, for the progress bar. */
export function loopProgress(
  state: LoopState,
  steps: DeckSteps,
): { index: number; total: number } {
  const total = steps.reduce((sum, _, i) => sum + stepsOf(steps, i), 0);
  if (state.phase === 'attract') return { index: 0, total };
  let index = 0;
  for (let i = 0; i < state.slide; i += 1) index += stepsOf(steps, i);
  return { index: index + state.step + 1, total };
}
