import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { soonAfterPaint } from '../../src/app/schedule';

describe('soonAfterPaint', () => {
  let frames: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  const paint = (): void => frames.splice(0).forEach((callback) => callback());

  it("runs a frame's time after the next frame, so that frame is shown first", () => {
    const task = vi.fn();
    soonAfterPaint(task);
    vi.advanceTimersByTime(50);
    expect(task).not.toHaveBeenCalled();
    paint();
    vi.advanceTimersByTime(15);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(200);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs once after 100 ms where no frame comes (a hidden tab), and not again when one does', () => {
    const task = vi.fn();
    soonAfterPaint(task);
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
    paint();
    vi.advanceTimersByTime(100);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
