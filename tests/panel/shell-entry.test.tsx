// @vitest-environment happy-dom
// The panel page opened outside Miro (no SDK, not in Miro's iframe) points to the demo.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

describe('app.tsx outside Miro', () => {
  it('renders a link to the local demo instead of the panel', async () => {
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    await import('../../src/entries/app.tsx');
    const link = await waitFor(() => screen.getByRole('link', { name: 'local demo' }));
    expect(link.getAttribute('href')).toBe('/demo.html');
    expect(screen.queryByRole('tablist')).toBeNull();
  });
});
