/**
 * Imports a launch document into content/campaigns/<year>/<slug>.mdx.
 *
 * Usage: npm run import -- <tệp.docx|tệp.txt> [--year YYYY] [--issuer <mã đơn vị>] [--out <đường dẫn>] [--force]
 * Exit code: 0 written, 1 error (usage, unreadable file), 2 refused (nothing written).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { loadContentFiles } from '../lib/content/load-files';
import { ImportRefusal, importDocument, parseArgs, readSource, type ImportResult } from '../lib/importer';
import { slugify } from '../lib/text/fold';
import { documentFolder } from '../lib/province/archive';

const USAGE = 'Cách dùng / usage: npm run import -- <tệp.docx|tệp.txt> [--year YYYY] [--issuer <mã đơn vị>] [--out <đường dẫn.mdx>] [--force]';

/**
 * The entry's name in its year: the importer's, unless another document (another body's, or the
 * same body's with another number) already has it. The same document imported again keeps the
 * name, so that the refusal to overwrite applies.
 */
function freeSlug(result: ImportResult, folder: string, campaigns: { id: string; data: { issuer: string | null; number: string | null; symbol: string | null } }[], fileName: string): string {
  const entry = (slug: string) => campaigns.find((campaign) => campaign.id === `${folder}/${slug}`);
  const taken = entry(result.slug);
  // The same document: same body and the same number and symbol, when the copy states them.
  const same = (data: { issuer: string | null; number: string | null; symbol: string | null }) =>
    (data.number !== null || data.symbol !== null) &&
    data.issuer === (result.data.issuer ?? null) && data.number === (result.data.number ?? null) && data.symbol === (result.data.symbol ?? null);
  if (!taken || same(taken.data)) return result.slug;
  const base = `${result.slug}-${result.data.issuer ? String(result.data.issuer) : slugify(fileName.replace(/\.[^.]+$/, ''))}`;
  let slug = base;
  for (let n = 2; entry(slug) && !same(entry(slug)!.data); n += 1) slug = `${base}-${n}`;
  return slug;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['year', 'issuer', 'out'], ['force']);
  const file = args.positionals[0];
  const yearText = args.options.get('year');
  if (!file || args.positionals.length > 1 || args.errors.length || (yearText && !/^\d{4}$/.test(yearText))) {
    for (const error of args.errors) console.error(error);
    if (yearText && !/^\d{4}$/.test(yearText)) console.error(`--year cần 4 chữ số, thấy "${yearText}" / --year needs four digits`);
    console.error(USAGE);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`Không đọc được tệp "${file}" / cannot read file: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  const root = (process.env.THI_DUA_CONTENT ?? './content').replace(/\/$/, '');
  const { content } = loadContentFiles(root);
  const context = {
    units: content.units.map((unit) => ({ id: unit.id, ...unit.data })),
    titles: content.titles.map((title) => ({ name: title.data.name, variants: title.data.variants })),
  };
  const name = basename(file);
  const source = await readSource(bytes, name);
  const result = importDocument(source, name, context, { year: yearText ? Number(yearText) : undefined, issuer: args.options.get('issuer') });

  // In a province's archive each body's documents go in its own folder (the address follows the file).
  const folder = result.year ? documentFolder(result.year, result.data.issuer ? String(result.data.issuer) : null, content) : '';
  // Another document of the same folder and name keeps its address; this one is named with its body (or its file).
  const slug = freeSlug(result, folder, content.campaigns, name);
  if (slug !== result.slug) console.error(`Lưu ý: ${folder} đã có "${result.slug}", một văn bản khác: ghi thành "${slug}". / Another document has that name; this one is named with its body.`);
  const out = args.options.get('out') ?? (result.year ? join(root, 'campaigns', folder, `${slug}.mdx`) : undefined);
  if (!out) {
    console.error(`Không thấy năm nào trong "${name}" (trích yếu, ngày ban hành, nội dung): thêm --year YYYY. / No year found anywhere in the document: pass --year.`);
    return 1;
  }
  if (existsSync(out) && !args.flags.has('force')) {
    throw new ImportRefusal('exists', `Tệp "${out}" đã có; không ghi đè. Thêm --force để ghi đè, hoặc --out <tệp khác>. / "${out}" exists: not overwritten without --force.`);
  }

  for (const line of result.warnings) console.error(`Lưu ý: ${line}`);
  if (result.missing.length) {
    console.error('Chưa tìm thấy trong văn bản (để trống, npm run check sẽ báo) / not found in the document:');
    for (const { field, why } of result.missing) console.error(`  - ${field}: ${why}`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.mdx);
  // A body not yet in content/units gets its file, so that import then build needs no step by hand; an existing file is never touched.
  for (const unit of result.newUnits) {
    const { id, ...data } = unit;
    const file = join(root, 'units', `${id}.yaml`);
    if (existsSync(file)) {
      console.error(`Đơn vị "${id}": ${file} đã có, không ghi đè. / Unit file exists; left as it is.`);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `# Tạo khi nhập "${name}" (npm run import): kiểm tra tên đầy đủ, chữ hoa, chữ thường.\n${stringify({ ...data, kind: 'agency' })}`);
    console.error(`Đơn vị mới: đã tạo ${file} (${data.name}); kiểm tra tên. / New unit file written.`);
  }
  const targets = Array.isArray(result.data.targets) ? result.data.targets.length : 0;
  console.log(`Đã ghi ${out} (${targets} mục tiêu có chú thích). Kiểm tra: npm run check / Written; run npm run check.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ImportRefusal) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    console.error(`Lỗi khi nhập văn bản / import failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);
