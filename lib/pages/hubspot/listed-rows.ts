import { firstAddressIn } from '../find-address';
import { allByRole } from '../dom/page-dom';

/** A row of one of HubSpot's mailbox lists and the address its address cell shows. */
export interface AddressedRow {
  row: Element;
  address: string;
}

/**
 * The address a row shows, read from its address cell: the first cell that carries an address,
 * and the address in it (lower case). Cells are read one by one because their text runs together
 * without a space when the markup has none between them ("a@x.example" + "Outlook"). A row with
 * no such cell shows no address: its other text (a channel's name, a notice) never stands in.
 * The observers and the guide's highlighter read rows with this one function, so the row the
 * guide outlines is the row whose observation completes the step.
 */
export function addressCellOf(row: Element): { cell: Element; address: string } | undefined {
  for (const cell of allByRole(row, 'cell')) {
    const address = firstAddressIn(cell.textContent);
    if (address) return { cell, address };
  }
  return undefined;
}

/** The rows of `tables` that show an address, in page order. */
export function addressedRows(tables: readonly Element[]): AddressedRow[] {
  const rows: AddressedRow[] = [];
  for (const table of tables) {
    for (const row of allByRole(table, 'row')) {
      const found = addressCellOf(row);
      if (found) rows.push({ row, address: found.address });
    }
  }
  return rows;
}

/**
 * The one row showing exactly `address`: 'none' when no row's address cell equals it (a row
 * that merely contains it, "it-support@…" for "support@…", is another mailbox), 'several' when
 * more than one does (which of them is meant cannot be told apart).
 */
export function exactRow(rows: readonly AddressedRow[], address: string): Element | 'none' | 'several' {
  const wanted = address.trim().toLowerCase();
  const matches = rows.filter((r) => r.address === wanted);
  if (matches.length === 0) return 'none';
  if (matches.length > 1) return 'several';
  return (matches[0] as AddressedRow).row;
}
