/**
 * Imports the annex of an award decision (text copied from Word or PDF) as content/honours/<year>.yaml.
 *
 * Usage: npm run import:honours -- <annex.txt> [--out content/honours/<year>.yaml] [--force]
 * Exit codes: 0 written; 1 error (missing or unreadable file, legacy encoding, nothing to import);
 * 2 refused to overwrite an existing file without --force.
 * Rows that could not be read and units missing from content/units are listed on stderr.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { ContentEntry } from '../lib/content/types';
import { parseAnnex } from '../lib/honours/annex';
import { annexToHonourYear, honourYearYaml } from '../lib/honours/annex-yaml';
import { indexTitles } from '../lib/honours/catalogue';
import { decodeAnnexFile } from '../lib/honours/encoding';
import { honourYearSchema } from '../schemas/honour';
import { titleSchema, type TitleData } from '../schemas/title';
import { unitSchema, type UnitData } from '../schemas/unit';

const USAGE = 'Cách dùng / usage: npm run import:honours -- <tệp-danh-sách.txt> [--out content/honours/<năm>.yaml] [--force]';

interface Options {
  file: string;
  out?: string;
  force: boolean;
}

function readOptions(argv: string[]): Options | string {
  let file: string | undefined;
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--force') force = true;
    else if (arg === '--out') {
      out = argv[(i += 1)];
      if (!out) return 'Thiếu đường dẫn sau --out.';
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg.startsWith('-')) return `Không hiểu tùy chọn "${arg}".`;
    else if (file) return `Chỉ nhập một tệp mỗi lần (thấy "${file}" và "${arg}").`;
    else file = arg;
  }
  return file ? { file, out, force } : 'Thiếu tệp danh sách cần nhập.';
}

/** The catalogue and units of the content folder the build reads (THI_DUA_CONTENT, as for the build). */
function loadContent(root: string): { titles: ContentEntry<TitleData>[]; units: ContentEntry<UnitData>[] } {
  const titlesPath = join(root, 'titles.yaml');
  const titles = (parse(readFileSync(titlesPath, 'utf8')) as unknown[]).map((raw) => {
    const data = titleSchema.parse(raw);
    return { id: data.id, filePath: titlesPath, data };
  });
  const unitsDir = join(root, 'units');
  const units = existsSync(unitsDir)
    ? readdirSync(unitsDir)
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => ({ id: name.replace(/\.yaml$/, ''), filePath: join(unitsDir, name), data: unitSchema.parse(parse(readFileSync(join(unitsDir, name), 'utf8'))) }))
    : [];
  return { titles, units };
}

function main(argv: string[]): number {
  const options = readOptions(argv);
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 1;
  }
  if (!existsSync(options.file)) {
    console.error(`Không tìm thấy tệp "${options.file}" (file not found).`);
    return 1;
  }
  const decoded = decodeAnnexFile(readFileSync(options.file));
  if (!decoded.ok) {
    console.error(`Không nhập được "${options.file}": ${decoded.reason}`);
    return 1;
  }

  const root = (process.env.THI_DUA_CONTENT ?? 'content').replace(/\/$/, '');
  let content: ReturnType<typeof loadContent>;
  try {
    content = loadContent(root);
  } catch (error) {
    console.error(`Không đọc được danh mục trong ${root}/ (titles.yaml, units/): ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const titles = indexTitles(content.titles);
  const parsed = parseAnnex(decoded.text, titles);

  for (const line of parsed.unread) console.error(`Dòng ${line.line} không đọc được (${line.reason}): ${line.text}`);
  if (!parsed.rows.length) {
    console.error(`Không đọc được dòng nào trong "${options.file}": cần các dòng đánh số "1. Ông ..., Chuyên viên ..." dưới tiêu đề "I. Cá nhân", "II. Tập thể" hoặc "Danh hiệu “...”".`);
    return 1;
  }
  const { issued, issuer } = parsed.decision;
  if (!issued || !issuer) {
    console.error(
      parsed.inArticleOne
        ? `Danh sách nằm trong Điều 1 của quyết định, nhưng phần đầu quyết định không ghi ${!issued ? 'ngày ký (dòng "..., ngày ... tháng ... năm ...")' : ''}${!issued && !issuer ? ' và ' : ''}${!issuer ? 'người ký (dòng "CHỦ TỊCH ..." trên các dòng "Căn cứ")' : ''}: thêm đúng như bản gốc rồi chạy lại.`
        : 'Không tìm thấy dòng "(Kèm theo Quyết định số ... ngày ... của ...)" với ngày và người ký quyết định: thêm dòng đó đúng như bản gốc rồi chạy lại.',
    );
    return 1;
  }
  const outYear = options.out ? /(\d{4})\.ya?ml$/.exec(options.out)?.[1] : undefined;
  const year = parsed.year ?? (outYear ? Number(outYear) : undefined);
  if (!year) {
    console.error('Danh sách không ghi "năm ...": cho biết năm bằng --out content/honours/<năm>.yaml.');
    return 1;
  }

  const out = options.out ?? join(root, 'honours', `${year}.yaml`);
  if (existsSync(out) && !options.force) {
    console.error(`Đã có tệp "${out}"; không ghi đè. Thêm --force để ghi đè, hoặc chọn tệp khác bằng --out.`);
    return 2;
  }

  const imported = annexToHonourYear(parsed, year, titles, content.units);
  const checked = honourYearSchema.safeParse(imported.honour);
  if (!checked.success) {
    for (const issue of checked.error.issues) console.error(`Dữ liệu chưa hợp lệ ở "${issue.path.join('.')}": ${issue.message}`);
    return 1;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, honourYearYaml(imported, basename(options.file)));

  // One line per spelling: a column of initials repeats them on every row.
  const initials = new Map<string, { name: string; lines: number[]; by: 'initials' | 'giver' }>();
  for (const title of imported.initialTitles) initials.set(title.title, { name: title.name, by: title.by, lines: [...(initials.get(title.title)?.lines ?? []), title.line] });
  for (const [written, { name, lines, by }] of initials) {
    const why = by === 'initials' ? 'là chữ viết tắt' : `không ghi cấp tặng; theo người ký quyết định (${parsed.decision.issuer})`;
    console.error(`Dòng ${lines.join(', ')}: "${written}" ${why}, đã ghi là "${name}"; nếu không đúng, sửa "title" trong tệp đã ghi.`);
  }
  for (const title of imported.unknownTitles) {
    console.error(`Dòng ${title.line}: danh hiệu "${title.title}" chưa có trong ${root}/titles.yaml; sửa tên hoặc thêm vào "variants".`);
  }
  for (const unit of imported.missingUnits) {
    console.error(`Đơn vị chưa có: ${unit.id} ("${unit.name}", dòng ${unit.lines.join(', ')}) — tạo ${root}/units/${unit.id}.yaml.`);
  }
  const symbol = parsed.decision.symbol ? `Quyết định số ${parsed.decision.symbol}` : 'quyết định';
  console.log(`Đã ghi ${out}: ${parsed.rows.length} dòng của ${symbol} ngày ${issued}, năm ${year}; ${parsed.unread.length} dòng không đọc được.`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
