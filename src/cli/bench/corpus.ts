/**
 * A deterministic synthetic corpus of campaign documents for benchmarks: N launch documents
 * spread over bodies and years, each shaped like the real one (preamble with a theme, numbered
 * contents citing real-shaped directives, numbered targets with consistent annotations, closing
 * call), so the build, the content rules and the search index do the work they do for real.
 *
 *   npx tsx src/cli/bench/corpus.ts <count> <out-folder>
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parseTarget } from '../../lib/targets';
import { slugify } from '../../lib/text/fold';

/** Seeded PRNG (mulberry32): the same count always gives the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ['Cao Bằng', 'Hà Giang', 'Lào Cai', 'Điện Biên', 'Lai Châu', 'Sơn La', 'Yên Bái', 'Tuyên Quang', 'Lạng Sơn', 'Bắc Kạn', 'Thái Nguyên', 'Hòa Bình', 'Đắk Lắk', 'Gia Lai', 'Kon Tum', 'Lâm Đồng', 'Đắk Nông', 'Sóc Trăng', 'Trà Vinh', 'Ninh Thuận'];
const DIRECTIVES = [
  'Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị về việc “tiếp tục đổi mới công tác thi đua, khen thưởng”',
  'Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ',
  'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ',
  'Thông tư số 01/2024/TT-BNV ngày 29/02/2024 của Bộ trưởng Bộ Nội vụ',
  'Luật Thi đua, khen thưởng năm 2022',
  'Kết luận số 12-KL/TU ngày 03/02/2019 của Ban Thường vụ Tỉnh ủy',
  'Kế hoạch số 594/KH-UBND ngày 05/3/2024 của Ủy ban nhân dân tỉnh',
];
const CONTENTS = [
  'Tiếp tục thực hiện có hiệu quả {D}, gắn với việc thực hiện nhiệm vụ chính trị của cơ quan.',
  'Thi đua hoàn thành xuất sắc nhiệm vụ được giao, thực hiện có hiệu quả chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.',
  'Thi đua thực hiện tốt chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước; thực hiện nghiêm túc {D}.',
  'Tích cực hưởng ứng các đợt thi đua do các cấp, các ngành phát động; phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến.',
  'Xây dựng tổ chức cơ sở Đảng trong sạch, vững mạnh; xây dựng cơ quan đạt chuẩn “Cơ quan văn hóa”.',
  'Đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ người dân và doanh nghiệp.',
  'Đẩy mạnh các hoạt động văn nghệ, thể thao; hưởng ứng phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.',
  'Thực hiện tốt công tác tuyên truyền chính sách dân tộc, giữ gìn bản sắc văn hóa các dân tộc thiểu số.',
  'Thực hành tiết kiệm, chống lãng phí; phòng, chống tham nhũng, tiêu cực trong cơ quan.',
  'Nâng cao chất lượng công tác tham mưu, kiểm tra việc thực hiện chính sách dân tộc trên địa bàn {P}.',
];
const TARGETS = [
  (r: () => number) => `Phấn đấu hoàn thành 100% chương trình, kế hoạch công tác năm của Ban đã đề ra.`,
  (r: () => number) => `Phấn đấu 100% công chức và người lao động hoàn thành tốt nhiệm vụ trở lên.`,
  (r: () => number) => `Phấn đấu ${80 + Math.floor(r() * 20)}% công chức đạt danh hiệu “Lao động tiên tiến”, trong đó 15% trở lên đạt danh hiệu “Chiến sĩ thi đua cơ sở”.`,
  (r: () => number) => `Có ít nhất 0${1 + Math.floor(r() * 3)} tập thể đạt danh hiệu “Tập thể lao động xuất sắc”.`,
  () => `Xây dựng “Cơ quan đạt chuẩn văn hóa”, đạt tiêu chuẩn “An toàn về an ninh, trật tự”.`,
  (r: () => number) => `Từ ${90 + Math.floor(r() * 10)}% thủ tục hành chính trở lên được giải quyết qua dịch vụ công trực tuyến.`,
  () => `100% công chức, người lao động chấp hành nghiêm kỷ luật, kỷ cương hành chính.`,
  (r: () => number) => `Giải ngân trên ${85 + Math.floor(r() * 10)}% kinh phí các chính sách dân tộc được giao.`,
];
const THEMES = ['Đoàn kết, kỷ cương, chủ động, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ năm {Y}', 'Đổi mới, sáng tạo, tăng tốc, bứt phá, hoàn thành thắng lợi nhiệm vụ năm {Y}', 'Kỷ cương, trách nhiệm, hiệu quả, thi đua lập thành tích chào mừng năm {Y}'];

const DIVISIONS = ['Văn phòng Ban', 'Phòng Chính sách dân tộc', 'Phòng Kế hoạch - Tổng hợp', 'Thanh tra Ban'];
const FAMILY = ['Nông', 'Hoàng', 'Lý', 'Triệu', 'Bế', 'Lục', 'Đàm', 'Vi'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hùng', 'Lan', 'Mai', 'Tú'];

const pick = <T>(r: () => number, items: T[]): T => items[Math.floor(r() * items.length)];

/** Writes a corpus of `count` launch documents (with the shipped units, titles and directives) under `out`. */
export function writeCorpus(count: number, out: string): void {
  const r = random(count * 7919);
  rmSync(out, { recursive: true, force: true });
  for (const folder of ['campaigns', 'directives', 'honours', 'units']) mkdirSync(join(out, folder), { recursive: true });
  cpSync('content/directives', join(out, 'directives'), { recursive: true });
  cpSync('content/titles.yaml', join(out, 'titles.yaml'));
  const bodies = PROVINCES.slice(0, Math.max(1, Math.min(PROVINCES.length, Math.ceil(count / 50))));
  for (const province of bodies) {
    const id = slugify(`ban dan toc ${province}`);
    writeFileSync(join(out, 'units', `${id}.yaml`), stringify({ name: `Ban Dân tộc tỉnh ${province}`, headerName: 'BAN DÂN TỘC', parent: `${id}-ubnd` }));
    writeFileSync(join(out, 'units', `${id}-ubnd.yaml`), stringify({ name: `Ủy ban nhân dân tỉnh ${province}`, headerName: `UBND TỈNH ${province.toLocaleUpperCase('vi')}` }));
    for (const division of DIVISIONS) {
      writeFileSync(join(out, 'units', `${id}-${slugify(division)}.yaml`), stringify({ name: `${division} (${province})`, parent: id, kind: 'division' }));
    }
  }
  // One honour board per year: each body's divisions and a few of its people, as decisions really list them.
  const years = new Set<number>();
  for (let n = 0; n < count; n += 1) years.add(2100 - Math.floor(n / bodies.length));
  for (const year of years) {
    const decisions = bodies.slice(0, Math.min(bodies.length, count)).map((province, b) => {
      const id = slugify(`ban dan toc ${province}`);
      return {
        symbol: `${10 + b}/QĐ-BDT`,
        issued: `${year + 1}-01-15`,
        issuer: `Trưởng ban Ban Dân tộc tỉnh ${province}`,
        rows: [
          ...DIVISIONS.map((division, d) => ({ title: d === 0 ? 'tap-the-lao-dong-xuat-sac' : 'tap-the-lao-dong-tien-tien', recipient: { kind: 'collective', unit: `${id}-${slugify(division)}` } })),
          ...Array.from({ length: 4 }, (_, p) => ({
            title: p === 0 ? 'chien-si-thi-dua-co-so' : 'lao-dong-tien-tien',
            recipient: { kind: 'individual', name: `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)} ${b}-${p}`, position: 'Chuyên viên', unit: `${id}-${slugify(DIVISIONS[p % DIVISIONS.length])}` },
          })),
        ],
      };
    });
    writeFileSync(join(out, 'honours', `${year}.yaml`), stringify({ year, decisions }));
  }
  for (let n = 0; n < count; n += 1) {
    const province = bodies[n % bodies.length];
    const year = 2100 - Math.floor(n / bodies.length);
    const theme = pick(r, THEMES).replace('{Y}', String(year));
    const contents = Array.from({ length: 8 }, (_, i) => CONTENTS[(i + n) % CONTENTS.length].replace('{D}', pick(r, DIRECTIVES)).replace('{P}', `tỉnh ${province}`));
    const targets = Array.from({ length: 6 }, (_, i) => TARGETS[(i + n) % TARGETS.length](r));
    const annotations = targets.map((text, i) => {
      const parse = parseTarget(text);
      const m = parse.measure;
      return m
        ? { item: i + 1, metric: (m.subject ?? m.title ?? 'Mục tiêu').slice(0, 80), comparator: m.comparator, value: m.value, unit: m.unit, ...(m.title ? { title: m.title } : {}) }
        : { item: i + 1, metric: text.slice(0, 60), qualitative: true };
    });
    const frontmatter = {
      role: 'launch',
      year,
      documentType: 'PHÁT ĐỘNG',
      subject: `PHONG TRÀO THI ĐUA NĂM ${year}`,
      number: String(1 + Math.floor(r() * 90)).padStart(2, '0'),
      symbol: 'KH-BDT',
      issuer: slugify(`ban dan toc ${province}`),
      place: province,
      issued: `${year}-0${1 + Math.floor(r() * 3)}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
      theme,
      signer: { position: 'TRƯỞNG BAN', name: pick(r, ['Nông Văn An', 'Hoàng Thị Bình', 'Lý Văn Cường', 'Triệu Thị Dung']) },
      recipients: ['Ban Thi đua - Khen thưởng, Sở Nội vụ;', 'Các phòng chuyên môn;', 'Lưu: VT, TĐKT.'],
      targets: annotations,
    };
    const body = [
      `Phát huy những kết quả đã đạt được trong phong trào thi đua năm ${year - 1}, Ban Dân tộc tỉnh ${province} phát động phong trào thi đua năm ${year} với chủ đề **“${theme}”** với các nội dung chủ yếu sau:`,
      '## I. NỘI DUNG',
      contents.map((text, i) => `${i + 1}. ${text}`).join('\n\n'),
      '## II. MỤC TIÊU',
      targets.map((text, i) => `${i + 1}. ${text}`).join('\n\n'),
      `Trên cơ sở nội dung phát động phong trào thi đua này, Lãnh đạo Ban đề nghị toàn thể công chức, người lao động hưởng ứng tổ chức thực hiện có hiệu quả trong năm ${year}./.`,
    ].join('\n\n');
    const folder = join(out, 'campaigns', String(year));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `phat-dong-${slugify(province)}-${year}.mdx`), `---\n${stringify(frontmatter)}---\n\n${body}\n`);
  }
}

if (process.argv[1]?.endsWith('corpus.ts')) {
  const [count, out] = process.argv.slice(2);
  if (!count || !out) {
    console.error('Cách dùng: npx tsx src/cli/bench/corpus.ts <số văn bản> <thư mục>');
    process.exit(1);
  }
  writeCorpus(Number(count), out);
  console.log(`Đã tạo ${count} văn bản trong ${out}`);
}
