// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

import { startHeightReporting } from './embed-height';
import { heightMessage, requestHeightMessage } from './embed-messages';

class FakeResizeObserver {
  static callbacks: (() => void)[] = [];
  constructor(callback: () => void) {
    FakeResizeObserver.callbacks.push(callback);
  }
  observe() {}
  disconnect() {}
}

function fakeFrameWindow(height: () => number) {
  const listeners: ((event: MessageEvent) => void)[] = [];
  const parent = { postMessage: vi.fn() };
  const doc = {
    documentElement: { getBoundingClientRect: () => ({ height: height() }) },
  };
  const win = {
    parent,
    document: doc,
    addEventListener: (_: string, fn: (event: MessageEvent) => void) =>
      listeners.push(fn),
    removeEventListener: vi.fn(),
  } as unknown as Window;
  const receive = (data: unknown, source: unknown) =>
    listeners.forEach((fn) => fn({ data, source } as MessageEvent));
  return { win, parent, receive };
}

afterEach(() => {
  FakeResizeObserver.callbacks = [];
  vi.unstubAllGlobals();
});

describe('startHeightReporting', () => {
  it('posts the height at once and again when it changes', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    let height = 640.4;
    const { win, parent } = fakeFrameWindow(() => height);
    startHeightReporting(win);
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      heightMessage(641),
      '*',
    );
    FakeResizeObserver.callbacks[0]?.();
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    height = 900;
    FakeResizeObserver.callbacks[0]?.();
    expect(parent.postMessage).toHaveBeenLastCalledWith(
      heightMessage(900),
      '*',
    );
  });

  it('answers a height request from the parent only', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { win, parent, receive } = fakeFrameWindow(() => 500);
    startHeightReporting(win);
    receive(requestHeightMessage(), {});
    receive({ type: 'request-height' }, parent);
    expect(parent.postMessage).toHaveBeenCalledTimes(1);
    receive(requestHeightMessage(), parent);
    expect(parent.postMessage).toHaveBeenCalledTimes(2);
  });

  it('does nothing outside a frame', () => {
    expect(startHeightReporting(window)).toBeTypeOf('function');
  });
});
