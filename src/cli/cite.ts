/**
 * Prints the citations found in a UTF-8 text file as a pretty JSON array.
 *
 * Usage: npm run cite -- <file.txt>
 */
import { readFileSync } from 'node:fs';
import { extractCitations } from '../lib/citations/index';

function main(argv: string[]): number {
  const file = argv[0];
  if (!file) {
    console.error('Cách dùng / usage: npm run cite -- <tệp.txt>');
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Không đọc được tệp "${file}" (cannot read file): ${reason}`);
    return 1;
  }
  console.log(JSON.stringify(extractCitations(text), null, 2));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
