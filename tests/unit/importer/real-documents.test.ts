/**
 * The importer on copies modelled on real public documents (tests/fixtures/real): each class of
 * failure seen on them, on the document that showed it, and the set's figures as a floor.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateImportSet, importTotals, IMPORT_SETS } from '../../../src/cli/eval-import';
import { campaignSchema } from '../../../src/schemas/campaign';
import { importedText, realText, runScript, splitMdx, tempContent } from '../../support/importer';

const DIR = resolve('tests/fixtures/real/docs');
const fileOf = (prefix: string) => readdirSync(DIR).find((file) => file.startsWith(prefix) && file.endsWith('.txt'))!;
const textOf = (prefix: string) => realText(DIR, prefix);
const imported = importedText;

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('the importer on the real-document set', () => {
  it('imports every document and reads at least 95% of the header fields right, on each set', async () => {
    for (const dir of Object.values(IMPORT_SETS)) {
      const totals = importTotals(await evaluateImportSet(dir));
      expect(totals.documents).toBeGreaterThan(0);
      expect(totals.imported).toBe(totals.documents);
      expect(totals.accuracy).toBeGreaterThanOrEqual(0.95);
    }
  });

  it("uses a portal's metadata block only where the header is silent, the header winning, and keeps it out of the body (13, Phú Yên)", async () => {
    const text = textOf('13-');
    const full = await imported(text);
    expect(full.data).toMatchObject({ number: '31', symbol: '2020/QĐ-UBND', issued: '2020-10-26', place: 'Phú Yên', documentType: 'QUYẾT ĐỊNH' });
    expect(full.body).not.toContain('Số hiệu:');
    expect(full.body).not.toContain('Ngày công báo');
    expect(full.warnings.join('\n')).toContain('Đã bỏ');

    const noNumber = await imported(text.replace('Số: 31/2020/QĐ-UBND', ''));
    expect(noNumber.data).toMatchObject({ number: '31', symbol: '2020/QĐ-UBND' });
    expect(noNumber.warnings.join('\n')).toContain('khối thông tin của trang web');

    const disagreeing = await imported(text.replace('Số: 31/2020/QĐ-UBND', 'Số: 32/2020/QĐ-UBND'));
    expect(disagreeing.data.number).toBe('32');
    expect(disagreeing.warnings.join('\n')).toContain('dùng phần tiêu đề');
  });

  it('splits a header table flattened into "A | B |" rows back into its cells (04, Thanh Hóa)', async () => {
    const result = await imported(textOf('04-'));
    expect(result.data).toMatchObject({ number: '130', symbol: 'KH-UBND', place: 'Thanh Hoá', issued: '2025-06-27' });
    // The header printed only "ỦY BAN NHÂN DÂN": the body names the province of the date line.
    expect(result.newUnits.at(-1)?.name).toBe('Ủy ban nhân dân tỉnh Thanh Hóa');
  });

  it('splits header cells a copy ran together on one line (10, Hậu Giang; 21, Vạn Thắng)', async () => {
    const hauGiang = await imported(textOf('10-'));
    expect(hauGiang.data).toMatchObject({ number: '328', symbol: 'QĐ-UBND', place: 'Hậu Giang', issued: '2018-03-12' });
    const vanThang = await imported(textOf('21-'));
    expect(vanThang.data).toMatchObject({ number: '01', symbol: 'BC-HĐTĐKT', place: 'Vạn Thắng', issued: '2023' });
    expect(vanThang.newUnits.at(-1)?.name).toBe('Hội đồng Thi đua - Khen thưởng xã Vạn Thắng');
  });

  it('reads a subject that is a long sentence in capitals after a blank line, names the file from it, and takes the year from the date (01, Nghệ An)', async () => {
    const result = await imported(textOf('01-'));
    expect(result.data.subject).toMatch(/^THỰC HIỆN CHỈ THỊ SỐ 19\/CT-TTG .* CỦA ĐẢNG$/);
    expect(result.slug).toBe('ke-hoach-thuc-hien-chi-thi-so-19-ct-ttg');
    // "NĂM 2021" in the subject is the date of the directive, not a campaign year: the year comes from the date of issue, with a word.
    expect(result.year).toBe(2021);
    expect(result.warnings.join('\n')).toContain('lấy năm ban hành');
  });

  it('refuses a year only when the document gives none anywhere', async () => {
    expect((await imported('KẾ HOẠCH\nThi đua chuyên đề\n\nI. NỘI DUNG\n\n1. Thi đua tốt.\n')).year).toBeUndefined();
    const news = await imported(textOf('06-'));
    expect(news.year).toBe(2022);
    expect(news.warnings.join('\n')).toContain('phần đầu văn bản');
  });

  it('writes what an incomplete copy does not state as null with a comment, which the schema accepts (25, a news item)', async () => {
    const result = await imported(textOf('25-'));
    expect(result.data).toMatchObject({ number: null, symbol: null, issuer: null, place: null, issued: null, signer: null });
    expect(result.mdx).toMatch(/# Bản sao không ghi ngày ban hành[^\n]*\nissued: null\n/);
    expect(campaignSchema.safeParse(splitMdx(result.mdx).data).success).toBe(true);
  });

  it('keeps a news item\'s author and view counter in the text: no position, no signature (a page not in the set)', async () => {
    const news = 'Bộ Tư pháp phát động phong trào thi đua năm 2021 |\n26-2-2021 |\nNgày 22/02/2021, Bộ Tư pháp ban hành Quyết định số 252/QĐ-BTP về ban hành Kế hoạch phát động phong trào thi đua năm 2021./. |\nThu Sang |\nSố lượt xem:740 |\n';
    const result = await imported(news);
    expect(result.data.signer).toBeNull();
    expect(result.body).toContain('Thu Sang');
    expect(result.body).toContain('Số lượt xem:740');
    expect(campaignSchema.safeParse(splitMdx(result.mdx).data).success).toBe(true);
  });

  it("reads a công văn's subject under its number and the place and date under it (a portal copy not in the set)", async () => {
    const letter = [
      'Công văn 13/BTC-TĐKT',
      '',
      'TIỂU BAN THI ĐUA – KHEN THƯỞNG',
      '-------------',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập – Tự do – Hạnh phúc',
      '',
      'Số: 13/BTC-TĐKT',
      'V/v bổ sung hướng dẫn công tác khen thưởng tại Đại hội cấp tỉnh, cấp huyện',
      '',
      'Hà Nội, ngày 08 tháng 09 năm 2009',
      '',
      'Kính gửi: Ban Chỉ đạo Đại hội các tỉnh',
      '',
      '1. Hồ sơ đề nghị khen thưởng gửi trước ngày 31/01/2010./.',
    ].join('\n');
    const result = await imported(letter);
    expect(result.data).toMatchObject({ number: '13', symbol: 'BTC-TĐKT', place: 'Hà Nội', issued: '2009-09-08', year: 2009 });
    expect(result.data.subject).toBe('V/v bổ sung hướng dẫn công tác khen thưởng tại Đại hội cấp tỉnh, cấp huyện');
  });

  it('names new bodies with official capitals: a Party committee by its place, a standing organ with its body, a school by its name', async () => {
    const names = async (prefix: string) => (await imported(textOf(prefix))).newUnits.map((unit) => unit.name);
    expect(await names('27-')).toEqual(['Tinh uy Son La']);
    expect((await names('23-')).at(-1)).toBe('Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ');
    expect((await names('19-')).at(-1)).toBe('Trường Mầm non Hoa Hồng');
    expect((await names('20-')).at(-1)).toBe('Trường THPT Thị xã Phước Long');
  });
});

describe('npm run import on a document from a new body', { timeout: 30_000 }, () => {
  it('writes the unit files it needs, never overwriting one, so that the check passes with no step by hand', async () => {
    const root = tempContent();
    folders.push(root);
    const env = { THI_DUA_CONTENT: root };
    const existing = join(root, 'units/ubnd-tinh-nghe-an.yaml');
    const first = await runScript('src/cli/import.ts', [join(DIR, fileOf('03-'))], env);
    expect(first.code).toBe(0);
    const unit = join(root, 'units/uy-ban-nhan-dan-tinh-hai-duong.yaml');
    expect(existsSync(unit)).toBe(true);
    expect(readFileSync(unit, 'utf8')).toContain('name: Ủy ban nhân dân tỉnh Hải Dương');
    expect(first.stderr).toContain(unit);

    writeFileSync(existing, 'name: Ủy ban nhân dân tỉnh Nghệ An\nheaderName: TỈNH NGHỆ AN (sửa tay)\n');
    writeFileSync(unit, 'name: Tên sửa tay\n');
    const second = await runScript('src/cli/import.ts', [join(DIR, fileOf('01-'))], env);
    expect(second.code).toBe(0);
    expect(readFileSync(unit, 'utf8')).toBe('name: Tên sửa tay\n');
    expect(readFileSync(existing, 'utf8')).toContain('(sửa tay)');

    const check = await runScript('src/cli/check.ts', [], env);
    expect(check.stdout + check.stderr).toContain('Nội dung hợp lệ');
    expect(check.code).toBe(0);
  });
});
