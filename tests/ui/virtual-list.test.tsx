// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList } from '../../components/shared/VirtualList';

const items = Array.from({ length: 60 }, (_, index) => `item-${index}`);

function List({ focusKey }: { focusKey?: string }) {
  return (
    <VirtualList
      items={items}
      keyOf={(item) => item}
      label="Things"
      estimateSize={40}
      focusKey={focusKey}
      renderItem={(item, row) => {
        const { measureRef, ...placement } = row.item;
        return (
          <li ref={measureRef} {...placement} data-testid="row">
            <button type="button" tabIndex={row.active ? 0 : -1}>{item}</button>
          </li>
        );
      }}
    />
  );
}

const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('[data-testid="row"] button')];
const focusedText = () => document.activeElement?.textContent;

afterEach(cleanup);

describe('VirtualList', () => {
  it('is a labelled list whose rows say their place in the whole list', () => {
    render(<List />);
    const list = document.querySelector('ul');
    expect(list?.getAttribute('aria-label')).toBe('Things');
    // Which rows happy-dom's layout-free window shows does not matter: each rendered row names its place.
    const rows = [...document.querySelectorAll('[data-testid="row"]')];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(60);
    for (const row of rows) {
      expect(row.getAttribute('aria-setsize')).toBe('60');
      expect(row.getAttribute('aria-posinset')).toBe(String(Number(row.querySelector('button')?.textContent?.slice('item-'.length)) + 1));
    }
  });

  it('keeps one row in the tab order and moves focus with the arrow, Home and End keys', async () => {
    render(<List />);
    expect(buttons().filter((button) => button.tabIndex === 0).map((button) => button.textContent)).toEqual(['item-0']);
    buttons()[0]?.focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    await waitFor(() => expect(focusedText()).toBe('item-1'));
    expect(buttons().filter((button) => button.tabIndex === 0).map((button) => button.textContent)).toEqual(['item-1']);
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    await waitFor(() => expect(focusedText()).toBe('item-59'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(focusedText()).toBe('item-59');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    await waitFor(() => expect(focusedText()).toBe('item-0'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(focusedText()).toBe('item-0');
  });

  it('a row focused by click or Tab becomes the tab stop', async () => {
    render(<List />);
    const other = buttons().find((button) => button.tabIndex === -1) as HTMLButtonElement;
    const name = other.textContent;
    fireEvent.focusIn(other);
    await waitFor(() => expect(buttons().filter((button) => button.tabIndex === 0).map((button) => button.textContent)).toEqual([name]));
  });

  it('focuses the row of focusKey (coming back from its detail)', async () => {
    render(<List focusKey="item-42" />);
    await waitFor(() => expect(focusedText()).toBe('item-42'));
  });
});
