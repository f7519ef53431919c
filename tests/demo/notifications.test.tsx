// @vitest-environment happy-dom
// The demo shows what the app told the person, newest first, as Miro's toasts
// would, and lets the messages go after a while.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotificationRecord } from '../../src/board/memory/memory-board.ts';
import { Notifications, TOAST_MS } from '../../src/demo/Notifications.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const shown = () =>
  [...screen.getByRole('list', { name: 'Board notifications' }).querySelectorAll('li')].map((item) => [item.textContent, item.getAttribute('data-notification-kind')]);

const log: NotificationRecord[] = [
  { kind: 'info', message: 'one' },
  { kind: 'info', message: 'two' },
  { kind: 'error', message: '<b>three</b>' },
  { kind: 'info', message: 'four' },
];

describe('Notifications', () => {
  it('lists the three latest messages, newest first, errors marked, text as text', () => {
    render(<Notifications notifications={log} />);
    expect(shown()).toEqual([
      ['four', 'info'],
      ['<b>three</b>', 'error'],
      ['two', 'info'],
    ]);
    expect(document.querySelector('b')).toBeNull();
  });

  it('lets messages go after a while; a new one shows alone', () => {
    vi.useFakeTimers();
    const view = render(<Notifications notifications={log.slice(0, 2)} />);
    act(() => vi.advanceTimersByTime(TOAST_MS - 1));
    expect(shown()).toHaveLength(2);
    act(() => vi.advanceTimersByTime(1));
    expect(shown()).toEqual([]);
    view.rerender(<Notifications notifications={log.slice(0, 3)} />);
    expect(shown()).toEqual([['<b>three</b>', 'error']]);
    act(() => vi.advanceTimersByTime(TOAST_MS));
    expect(shown()).toEqual([]);
  });
});
