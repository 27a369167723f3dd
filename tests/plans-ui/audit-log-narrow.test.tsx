// @vitest-environment happy-dom
/**
 * The audit log in a 360 px side panel: words are never broken mid-word ("Wh o", "Don e"); only
 * addresses (the mailbox, an account actor) may wrap anywhere. The styles are plan.css's own,
 * applied to the rendered log.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../../components/plan/AuditLog';
import type { AuditEntry } from '../../lib/model';
import { renderIn } from '../ui/render';

const css = readFileSync(resolve(__dirname, '../../components/plan/plan.css'), 'utf8');
const ENTRIES: AuditEntry[] = [
  { id: 1, at: '2026-11-22T08:01:00.000Z', actor: 'user', action: 'plan.start', subject: 'joerg.mueller@nordlicht.example', result: 'ok', detail: 'plan-1' },
  { id: 2, at: '2026-11-22T08:02:00.000Z', actor: 'admin@nordlicht.example', action: 'step.result', subject: 'joerg.mueller@nordlicht.example', result: 'ok', detail: 'plan-1 revoke' },
];
const breaksWords = (el: Element) => {
  const style = getComputedStyle(el);
  return ['break-all', 'break-word'].includes(style.wordBreak) || style.overflowWrap === 'anywhere';
};

beforeEach(() => {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
});
afterEach(() => {
  cleanup();
  document.head.innerHTML = '';
});

describe('the audit log in a narrow panel', () => {
  it('breaks no header, action, result or time mid-word', () => {
    renderIn(<AuditLog entries={ENTRIES} />);
    const log = screen.getByTestId('audit-log');
    const cells = [...log.querySelectorAll('th, td')].filter((cell) => !cell.classList.contains('audit-log__address'));
    expect(cells.length).toBeGreaterThan(5);
    expect(cells.filter(breaksWords).map((cell) => cell.textContent)).toEqual([]);
  });

  it('lets addresses (mailbox, account actor) wrap anywhere, and only those', () => {
    renderIn(<AuditLog entries={ENTRIES} />);
    const addresses = [...screen.getByTestId('audit-log').querySelectorAll('td')].filter(breaksWords).map((cell) => cell.textContent);
    expect(addresses).toEqual(['joerg.mueller@nordlicht.example', 'admin@nordlicht.example', 'joerg.mueller@nordlicht.example']);
  });
});
