// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createIdleTimer } from './idle-timer';

describe('createIdleTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after the timeout without activity', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 60_000, onIdle });
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(timer.isIdle()).toBe(true);
    vi.advanceTimersByTime(600_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    timer.dispose();
  });

  it('activity restarts the countdown', () => {
    const onIdle = vi.fn();
    const timer = createIdleTimer({ timeoutMs: 60_000, onIdle });
    vi.advanceTimersByTime(50_000);
    timer.poke();
    vi.advanceTimersByTime(50_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    timer.dispose();
  });

  it('reports the first activity after going idle', () => {
    const onActive = vi.fn();
    const timer = createIdleTimer({
      timeoutMs: 3_000,
      onIdle: vi.fn(),
      onActive,
    });
    timer.poke();
    expect(onActive).not.toHaveBeenCalled();
    vi.advanceTimersByTime(3_000);
    timer.poke();
    timer.poke();
    expect(onActive).toHaveBeenCalledTimes(1);
    expect(timer.isIdle()).toBe(false);
    timer.dispose();
  });

  it('holds at most one timer and none after dispose', () => {
    const timer = createIdleTimer({ timeoutMs: 1_000, onIdle: vi.fn() });
    for (let i = 0; i < 100; i += 1) timer.poke();
    expect(vi.getTimerCount()).toBe(1);
    timer.dispose();
    expect(vi.getTimerCount()).toBe(0);
    timer.poke();
    expect(vi.getTimerCount()).toBe(0);
  });
});
