// @vitest-environment happy-dom
// Long lists render a page at a time (a 60,000-sticky board gave 57,375
// findings, all rendered at once).
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LazyList } from '../../src/panel/LazyList.tsx';

describe('LazyList', () => {
  const items = Array.from({ length: 250 }, (_, index) => `finding ${index}`);
  const list = () => render(<LazyList items={items} pageSize={100} renderItem={(item) => <li key={item}>{item}</li>} />);

  it('renders the first page and offers the next', () => {
    list();
    expect(screen.getAllByRole('listitem')).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show 100 more of 150' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more of 50' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(250);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
