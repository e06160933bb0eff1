import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJson } from '../../../src/data/exports';

const read = (bytes: Buffer) => JSON.parse(bytes.toString('utf8')) as { generated: string; count: number; rows: unknown[] };

describe('an export’s JSON says when its content was first built', () => {
  const rows = [{ id: 'a', nam: 2024 }];

  it('keeps the time of the build that first wrote the same rows: a rebuild writes the same bytes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'du-lieu-'));
    const first = exportJson('phong-trao', rows, '2026-11-01T08:00:00.000Z', folder);
    const again = exportJson('phong-trao', rows, '2026-11-30T09:00:00.000Z', folder);
    expect(read(first).generated).toBe('2026-11-01T08:00:00.000Z');
    expect(again.equals(first)).toBe(true);
    expect(read(again)).toMatchObject({ count: 1, rows });
  });

  it('says the new time when the rows changed, and keeps that one next', () => {
    const folder = mkdtempSync(join(tmpdir(), 'du-lieu-'));
    exportJson('phong-trao', rows, '2026-11-01T08:00:00.000Z', folder);
    const changed = [{ id: 'a', nam: 2025 }];
    expect(read(exportJson('phong-trao', changed, '2026-11-30T09:00:00.000Z', folder)).generated).toBe('2026-11-30T09:00:00.000Z');
    expect(read(exportJson('phong-trao', changed, '2026-12-01T10:00:00.000Z', folder)).generated).toBe('2026-11-30T09:00:00.000Z');
    // Each export keeps its own: the same rows under another name are a first build there.
    expect(read(exportJson('noi-dung', changed, '2026-12-01T10:00:00.000Z', folder)).generated).toBe('2026-12-01T10:00:00.000Z');
  });

  it('says the build’s time when the record is unreadable', () => {
    const folder = mkdtempSync(join(tmpdir(), 'du-lieu-'));
    writeFileSync(join(folder, 'phong-trao.json'), '{"digest": ');
    expect(read(exportJson('phong-trao', rows, '2026-11-30T09:00:00.000Z', folder)).generated).toBe('2026-11-30T09:00:00.000Z');
  });
});
