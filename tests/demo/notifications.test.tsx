// @vitest-environment happy-dom
// The demo shows what the app told the person, newest first, as Miro's toasts would.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Notifications } from '../../src/demo/Notifications.tsx';

afterEach(cleanup);

describe('Notifications', () => {
  it('lists the three latest messages, newest first, errors marked, text as text', () => {
    render(
      <Notifications
        notifications={[
          { kind: 'info', message: 'one' },
          { kind: 'info', message: 'two' },
          { kind: 'error', message: '<b>three</b>' },
          { kind: 'info', message: 'four' },
        ]}
      />,
    );
    const items = screen.getByRole('list', { name: 'Board notifications' }).querySelectorAll('li');
    expect([...items].map((item) => [item.textContent, item.getAttribute('data-notification-kind')])).toEqual([
      ['four', 'info'],
      ['<b>three</b>', 'error'],
      ['two', 'info'],
    ]);
    expect(document.querySelector('b')).toBeNull();
  });
});
