export type IdleTimerOptions = {
  /** Milliseconds without activity before `onIdle` runs. */
  timeoutMs: number;
  onIdle: () => void;
  /** Runs on the first activity after `onIdle`. */
  onActive?: () => void;
};

export type IdleTimer = {
  /** Records activity: restarts the countdown. */
  poke: () => void;
  /** Whether the timeout has elapsed since the last activity. */
  isIdle: () => boolean;
  /** Stops the countdown for good (component unmount). */
  dispose: () => void;
};

/**
 * One countdown that activity restarts. It holds a single timeout at a
 * time and nothing once disposed, so a booth running all day leaks nothing.
 */
export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  let handle: ReturnType<typeof setTimeout> | undefined;
  let idle = false;
  let disposed = false;

  const arm = () => {
    if (handle !== undefined) clearTimeout(handle);
    handle = setTimeout(() => {
      handle = undefined;
      idle = true;
      options.onIdle();
    }, options.timeoutMs);
  };

  arm();
  return {
    poke() {
      if (disposed) return;
      if (idle) {
        idle = false;
        options.onActive?.();
      }
      arm();
    },
    isIdle: () => idle,
    dispose() {
      disposed = true;
      if (handle !== undefined) clearTimeout(handle);
      handle = undefined;
    },
  };
}
