// @vitest-environment node
import { describe, expect, it } from 'vitest';

import {
  INITIAL_LOOP_STATE,
  loopProgress,
  loopReducer,
} from './slide-scheduler';

import type { LoopAction, LoopState } from './slide-scheduler';

/** Three slides: one step, two steps, one step. */
const STEPS = [1, 2, 1];

function run(actions: LoopAction[], from = INITIAL_LOOP_STATE): LoopState {
  return actions.reduce(loopReducer, from);
}

const tick: LoopAction = { type: 'tick', steps: STEPS };
const where = (s: LoopState) =>
  s.phase === 'attract' ? 'attract' : `${s.slide}.${s.step}`;

describe('loopReducer', () => {
  it('starts on the attract screen, playing', () => {
    expect(INITIAL_LOOP_STATE).toMatchObject({
      phase: 'attract',
      playing: true,
    });
  });

  it('walks every step of every slide and returns to the attract screen', () => {
    const seen: string[] = [];
    let state = INITIAL_LOOP_STATE;
    for (let i = 0; i < 6; i += 1) {
      state = loopReducer(state, tick);
      seen.push(where(state));
    }
    expect(seen).toEqual(['0.0', '1.0', '1.1', '2.0', 'attract', '0.0']);
    expect(state.transitions).toBe(6);
    expect(state.playing).toBe(true);
  });

  it('ignores ticks while paused', () => {
    const paused = run([{ type: 'start' }, { type: 'pause' }]);
    expect(loopReducer(paused, tick)).toBe(paused);
  });

  it('a tap on the attract screen starts the first slide, playing', () => {
    const state = run([{ type: 'start' }]);
    expect(where(state)).toBe('0.0');
    expect(state.playing).toBe(true);
  });

  it('next and previous move one step and pause', () => {
    const next = run([{ type: 'start' }, { type: 'next', steps: STEPS }]);
    expect(where(next)).toBe('1.0');
    expect(next.playing).toBe(false);
    const back = run([{ type: 'prev', steps: STEPS }], next);
    expect(where(back)).toBe('0.0');
    expect(back.playing).toBe(false);
  });

  it('previous from the attract screen goes to the last step', () => {
    expect(where(run([{ type: 'prev', steps: STEPS }]))).toBe('2.0');
    expect(where(run([{ type: 'prev', steps: [1, 3] }]))).toBe('1.2');
  });

  it('previous from the first slide goes back to the attract screen', () => {
    const state = run([{ type: 'start' }, { type: 'prev', steps: STEPS }]);
    expect(state.phase).toBe('attract');
  });

  it('previous lands on the last step of the slide before', () => {
    const state = run([
      { type: 'goto', slide: 2, steps: STEPS },
      { type: 'prev', steps: STEPS },
    ]);
    expect(where(state)).toBe('1.1');
  });

  it('goto picks a slide (clamped) and pauses', () => {
    const state = run([{ type: 'goto', slide: 9, steps: STEPS }]);
    expect(where(state)).toBe('2.0');
    expect(state.playing).toBe(false);
  });

  it('toggle, pause and play change only the playing flag', () => {
    const started = run([{ type: 'start' }]);
    const toggled = loopReducer(started, { type: 'toggle' });
    expect(toggled).toMatchObject({ playing: false, transitions: 1 });
    expect(loopReducer(toggled, { type: 'play' }).playing).toBe(true);
    expect(loopReducer(started, { type: 'play' })).toBe(started);
  });

  it('idle sends a paused loop back to the attract screen, playing', () => {
    const paused = run([
      { type: 'start' },
      { type: 'next', steps: STEPS },
      { type: 'next', steps: STEPS },
    ]);
    const idle = loopReducer(paused, { type: 'idle' });
    expect(idle).toMatchObject({ phase: 'attract', playing: true });
  });

  it('idle leaves a playing loop alone', () => {
    const playing = run([{ type: 'start' }, tick]);
    expect(loopReducer(playing, { type: 'idle' })).toBe(playing);
  });

  it('copes with a deck whose step count shrank', () => {
    const onStep = run([
      { type: 'goto', slide: 1, steps: [1, 5] },
      { type: 'next', steps: [1, 5] },
      { type: 'next', steps: [1, 5] },
      { type: 'next', steps: [1, 5] },
    ]);
    expect(where(onStep)).toBe('1.3');
    expect(where(loopReducer(onStep, { type: 'prev', steps: [1, 2] }))).toBe(
      '1.0',
    );
    expect(loopReducer(onStep, { type: 'tick', steps: [1, 2] }).phase).toBe(
      'slides',
    );
  });

  it('stays on the attract screen with an empty deck', () => {
    expect(
      loopReducer(INITIAL_LOOP_STATE, { type: 'tick', steps: [] }).phase,
    ).toBe('attract');
  });
});

describe('loopProgress', () => {
  it('counts every step of the loop', () => {
    expect(loopProgress(INITIAL_LOOP_STATE, STEPS)).toEqual({
      index: 0,
      total: 4,
    });
    const state = run([{ type: 'start' }, tick, tick]);
    expect(loopProgress(state, STEPS)).toEqual({ index: 3, total: 4 });
  });
});
