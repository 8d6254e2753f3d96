import type { MapResult } from './map-result';
import { mapped, rejected } from './map-result';

/** One CSV record as parsed with a header row: column name → cell text. */
export type CsvRow = Record<string, string>;

/** The trimmed cell, or '' when the column is absent: exports differ in which columns they carry. */
export function cell(row: CsvRow, column: string): string {
  return (row[column] ?? '').trim();
}

/** A `;`-separated list cell (ACLED assoc actors, sources, tags) as its non-empty parts. */
export function listCell(row: CsvRow, column: string, separator = ';'): string[] {
  return cell(row, column)
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** A number cell; null when empty or not a finite number. */
export function numberCell(row: CsvRow, column: string): number | null {
  const text = cell(row, column);
  if (text === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** A count cell (fatalities, best/low/high); null when empty, negative or fractional. */
export function countCell(row: CsvRow, column: string): number | null {
  const value = numberCell(row, column);
  return value !== null && Number.isInteger(value) && value >= 0 ? value : null;
}

/**
 * A WGS 84 point from latitude/longitude cells: null when both are empty (no point coded),
 * rejected when they are present but not a point (a broken row must not lose its location silently).
 */
export function pointCells(row: CsvRow, latColumn: string, lonColumn: string): MapResult<{ lat: number; lon: number } | null> {
  const [latText, lonText] = [cell(row, latColumn), cell(row, lonColumn)];
  if (latText === '' && lonText === '') return mapped(null);
  const [lat, lon] = [numberCell(row, latColumn), numberCell(row, lonColumn)];
  if (lat === null || lon === null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return rejected(`${latColumn}/${lonColumn} is not a WGS 84 point (got ${JSON.stringify(latText)}, ${JSON.stringify(lonText)})`);
  }
  return mapped({ lat, lon });
}
