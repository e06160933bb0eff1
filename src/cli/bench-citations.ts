/**
 * Linear-time check: runs the extractor on 1 MB adversarial inputs (digit runs, slashes,
 * "số số số", hyphens, near-miss citations) and prints the time for each. The budget is 1 s per
 * input; the script exits 1 if any input exceeds it.
 *
 * Usage: npm run bench:citations
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractCitations, findUnresolvedMentions } from '../lib/citations/index';

const SIZE = 1024 * 1024;
const BUDGET_MS = 1000;

function repeatTo(unit: string, size = SIZE): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const seed = readFileSync(fileURLToPath(new URL('../../tests/fixtures/seed/phat-dong-thi-dua-2023-ban-dan-toc-cao-bang.txt', import.meta.url)), 'utf8');

const inputs: Record<string, string> = {
  'digits': repeatTo('1234567890'),
  'slashes': repeatTo('/'),
  'digit-slash runs': repeatTo('1/'),
  'year-like segments': repeatTo('2023/'),
  'hyphens and spaces': repeatTo('1 - - 2 -- '),
  'số số số': repeatTo('số '),
  'Chỉ thị số số số': repeatTo('Chỉ thị số số số 1'),
  'near-miss symbols': repeatTo('Chỉ thị số 34-CT/TW/TW/TW-TW ngày 7/4/ '),
  'open quotes after về việc': repeatTo('Chỉ thị số 34-CT/TW về việc “'),
  'definitions without a citation': repeatTo('(sau đây gọi tắt là Chỉ thị 34) Chỉ thị 34 '),
  'definitions with citations': repeatTo('Chỉ thị số 34-CT/TW (sau đây gọi tắt là Chỉ thị 34) Chỉ thị 34 Chỉ thị 3 '),
  'Luật with endless names': repeatTo('Luật phòng, chống, chống, chống '),
  'của của của': repeatTo('Chỉ thị 34 của của của Ủy ban nhân dân tỉnh '),
  'realistic (seed repeated)': repeatTo(seed + '\n'),
};

let failed = false;
for (const [label, text] of Object.entries(inputs)) {
  const t0 = performance.now();
  const found = extractCitations(text).length;
  const unresolved = findUnresolvedMentions(text).length;
  const ms = (performance.now() - t0) / 2; // both calls run the whole pipeline once
  if (ms > BUDGET_MS) failed = true;
  console.log(`${label.padEnd(30)} ${(text.length / 1024).toFixed(0).padStart(5)} KiB  ${ms.toFixed(0).padStart(5)} ms  ${String(found).padStart(6)} citations  ${String(unresolved).padStart(6)} unresolved${ms > BUDGET_MS ? '  OVER BUDGET' : ''}`);
}
process.exitCode = failed ? 1 : 0;
