import { describe, expect, it } from 'vitest';
import { checkMovedAddresses, movedAddresses, movedTitle, type MovableContent } from '../../../src/lib/addresses/moved';
import { RULES } from '../../../src/lib/content/rules';
import type { ContentSet } from '../../../src/lib/content/types';
import { campaignSchema } from '../../../src/schemas/campaign';

const doc = (id: string, formerly?: string[]) => ({ id, filePath: `content/campaigns/${id}.mdx`, data: { year: Number(id.slice(0, 4)), formerly } });
const unit = (id: string, formerly?: string[]) => ({ id, filePath: `content/units/${id}.yaml`, data: { name: `Đơn vị ${id}`, formerly } });
const bloc = (id: string, years: number[], formerly?: string[]) => ({ id, filePath: `content/blocs/${id}.yaml`, data: { name: `Khối ${id}`, years: years.map((year) => ({ year })), formerly } });

function contentOf(parts: Partial<MovableContent>): ContentSet {
  return { campaigns: [], directives: [], honours: [], units: [], titles: [], blocs: [], ...parts } as unknown as ContentSet;
}

describe('old addresses of renamed files', () => {
  it('leads each old address of a document, a body and a bloc (each of its years) to the current page', () => {
    const content: MovableContent = {
      campaigns: [doc('2023/so-tu-phap/phat-dong-2023', ['2023/phat-dong-thi-dua-2023', '2023/so-tu-phap/pd-2023']), doc('2023/so-y-te/phat-dong-2023')],
      units: [unit('so-tu-phap', ['stp'])],
      blocs: [bloc('khoi-noi-chinh', [2022, 2023], ['khoi-1'])],
    };
    expect(movedAddresses(content, (entry) => `văn bản ${entry.id}`)).toEqual([
      { from: 'phong-trao/2023/phat-dong-thi-dua-2023', to: 'phong-trao/2023/so-tu-phap/phat-dong-2023', name: 'văn bản 2023/so-tu-phap/phat-dong-2023' },
      { from: 'phong-trao/2023/so-tu-phap/pd-2023', to: 'phong-trao/2023/so-tu-phap/phat-dong-2023', name: 'văn bản 2023/so-tu-phap/phat-dong-2023' },
      { from: 'don-vi/stp', to: 'don-vi/so-tu-phap', name: 'Đơn vị so-tu-phap' },
      { from: 'khoi-thi-dua/khoi-1/2022', to: 'khoi-thi-dua/khoi-noi-chinh/2022', name: 'Khối khoi-noi-chinh năm 2022' },
      { from: 'khoi-thi-dua/khoi-1/2023', to: 'khoi-thi-dua/khoi-noi-chinh/2023', name: 'Khối khoi-noi-chinh năm 2023' },
    ]);
  });

  it('has nothing to publish when no file names an earlier id', () => {
    expect(movedAddresses({ campaigns: [doc('2023/a')], units: [unit('b')], blocs: [bloc('c', [2023])] }, () => '')).toEqual([]);
  });

  it("refuses an old address another file still has, the file's own, or one two files claim, in Vietnamese at the field", () => {
    const problems = checkMovedAddresses(
      contentOf({
        campaigns: [doc('2023/a', ['2023/b']), doc('2023/b'), doc('2023/c', ['2023/c']), doc('2023/d', ['2023/old']), doc('2023/e', ['2023/old'])],
        units: [unit('so-a', ['so-b']), unit('so-b')],
        blocs: [bloc('khoi-a', [2023], ['khoi-cu']), bloc('khoi-b', [2023], ['khoi-cu'])],
      }),
    );
    expect(problems.map((problem) => [problem.file, problem.field, problem.found])).toEqual([
      ['content/campaigns/2023/a.mdx', 'formerly', '"2023/b" vẫn là địa chỉ của content/campaigns/2023/b.mdx'],
      ['content/campaigns/2023/c.mdx', 'formerly', '"2023/c" là địa chỉ hiện nay của chính tệp này'],
      ['content/campaigns/2023/e.mdx', 'formerly', '"2023/old" đã được content/campaigns/2023/d.mdx ghi là địa chỉ cũ của nó'],
      ['content/units/so-a.yaml', 'formerly', '"so-b" vẫn là địa chỉ của content/units/so-b.yaml'],
      ['content/blocs/khoi-b.yaml', 'formerly', '"khoi-cu" đã được content/blocs/khoi-a.yaml ghi là địa chỉ cũ của nó'],
    ]);
    for (const problem of problems) expect(problem.fix).toMatch(/formerly|xóa/);
  });

  it('is one of the rules the build and npm run check run', () => {
    expect(RULES).toContain(checkMovedAddresses);
  });

  it("takes a document's old id as its path under content/campaigns, and refuses a file name or an address", () => {
    const base = { role: 'launch', year: 2023, documentType: null, subject: null, number: null, symbol: null, issuer: null, place: null, issued: null, signer: null };
    expect(campaignSchema.safeParse({ ...base, formerly: ['2023/so-tu-phap/phat-dong-2023'] }).success).toBe(true);
    for (const wrong of ['phat-dong-2023', '2023/Phát động.mdx', '/phong-trao/2023/phat-dong-2023/', '2023/phat-dong-2023.mdx']) {
      const parsed = campaignSchema.safeParse({ ...base, formerly: [wrong] });
      expect(parsed.success, wrong).toBe(false);
      expect(parsed.error?.issues[0].message).toContain('content/campaigns');
    }
  });

  it('titles the old page with the new one, cut at a word within 70 characters', () => {
    expect(movedTitle('Trang đã chuyển', 'Sở Tư pháp')).toBe('Trang đã chuyển: Sở Tư pháp');
    const long = movedTitle('Trang đã chuyển', 'Khối thi đua các cơ quan tham mưu tổng hợp (dữ liệu minh họa) năm 2023');
    expect(long.length).toBeLessThanOrEqual(70);
    expect(long).toBe('Trang đã chuyển: Khối thi đua các cơ quan tham mưu tổng hợp (dữ liệu…');
  });
});
