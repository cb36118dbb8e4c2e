// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';

import { heightMessage } from '@/features/leaderboard/embed/embed-messages';

import { installEmbedLoader, isEmbedFrame, originOf } from './loader';

const ORIGIN = 'https://explorer.example';

function addFrame(src: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.height = '640';
  document.body.append(frame);
  return frame;
}

function post(data: unknown, origin: string, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

let cleanup: () => void = () => {};
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

describe('originOf', () => {
  it('reads the origin of the loader script', () => {
    expect(originOf(`${ORIGIN}/embed/loader.js?v=1`)).toBe(ORIGIN);
    expect(originOf('not a url')).toBeNull();
    expect(originOf('data:text/javascript,1')).toBeNull();
  });
});

describe('isEmbedFrame', () => {
  it('accepts only frames on the embed origin under /embed/', () => {
    expect(isEmbedFrame(addFrame(`${ORIGIN}/embed/leaderboard`), ORIGIN)).toBe(
      true,
    );
    expect(isEmbedFrame(addFrame(`${ORIGIN}/awards`), ORIGIN)).toBe(false);
    expect(
      isEmbedFrame(addFrame('https://evil.example/embed/leaderboard'), ORIGIN),
    ).toBe(false);
  });
});

describe('installEmbedLoader', () => {
  it('sizes the frame that sent a height message from the embed origin', () => {
    const first = addFrame(`${ORIGIN}/embed/leaderboard`);
    const second = addFrame(`${ORIGIN}/embed/leaderboard?award=lifetime`);
    cleanup = installEmbedLoader(window, ORIGIN);
    post(heightMessage(812), ORIGIN, second.contentWindow);
    expect(second.style.height).toBe('812px');
    expect(first.style.height).toBe('');
  });

  it('ignores messages from another origin', () => {
    const frame = addFrame(`${ORIGIN}/embed/leaderboard`);
    cleanup = installEmbedLoader(window, ORIGIN);
    post(heightMessage(812), 'https://evil.example', frame.contentWindow);
    expect(frame.style.height).toBe('');
  });

  it.each([
    ['a string', 'height:812'],
    ['another protocol', { type: 'height', height: 812 }],
    ['an absurd height', { ...heightMessage(1), height: 10_000_000 }],
  ])('ignores %s', (_, data) => {
    const frame = addFrame(`${ORIGIN}/embed/leaderboard`);
    cleanup = installEmbedLoader(window, ORIGIN);
    post(data, ORIGIN, frame.contentWindow);
    expect(frame.style.height).toBe('');
  });

  it('ignores messages from a window that is not one of its frames', () => {
    const other = addFrame(`${ORIGIN}/awards`);
    cleanup = installEmbedLoader(window, ORIGIN);
    post(heightMessage(812), ORIGIN, other.contentWindow);
    expect(other.style.height).toBe('');
  });

  it('sizes frames added after it was installed', () => {
    cleanup = installEmbedLoader(window, ORIGIN);
    const late = addFrame(`${ORIGIN}/embed/leaderboard`);
    post(heightMessage(500), ORIGIN, late.contentWindow);
    expect(late.style.height).toBe('500px');
  });

  it('stops listening after cleanup', () => {
    const frame = addFrame(`${ORIGIN}/embed/leaderboard`);
    installEmbedLoader(window, ORIGIN)();
    post(heightMessage(812), ORIGIN, frame.contentWindow);
    expect(frame.style.height).toBe('');
  });
});
