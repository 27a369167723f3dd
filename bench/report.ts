import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Figures } from './figure';

/** A plain table for the terminal: figure, value, unit, goal, floor, and a mark when over the goal. */
export function formatTable(figures: Figures): string {
  const rows = Object.entries(figures).map(([name, figure]) => [
    name,
    String(figure.value),
    figure.unit,
    figure.goal === null ? '—' : String(figure.goal),
    figure.floor ? `${figure.floor.value} ${figure.floor.unit} (${figure.floor.of})` : '',
    figure.goal !== null && !(figure.value <= figure.goal) ? 'over goal' : '',
  ]);
  const header = ['figure', 'value', 'unit', 'goal', 'floor', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 1 || column === 3 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export async function writeFigures(file: string, figures: Figures): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(figures, null, 2)}\n`);
}
