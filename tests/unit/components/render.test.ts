import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx';
import { loadRenderers } from 'astro:container';
import { getCollection } from 'astro:content';
import { beforeAll, describe, expect, it } from 'vitest';
import DirectiveList from '../../../src/components/DirectiveList.astro';
import OfficialDocument from '../../../src/components/OfficialDocument.astro';
import TargetList from '../../../src/components/TargetList.astro';
import { toCampaignDocument } from '../../../src/lib/campaigns/document';
import type { CampaignDocument } from '../../../src/lib/campaigns/document';
import { buildDirectiveRegister, directiveSummary } from '../../../src/lib/directives/register';
import { campaignHtml } from '../../../src/data/campaign-html';
import type { UnitData } from '../../../src/schemas/unit';

/** Visible text of rendered HTML, tags removed and whitespace collapsed. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

let container: AstroContainer;
let document: CampaignDocument;
const issuer: UnitData = { name: 'Ban Dân tộc tỉnh Cao Bằng', headerName: 'BAN DÂN TỘC', kind: 'agency', parent: 'ubnd' };
const parent: UnitData = { name: 'Ủy ban nhân dân tỉnh Cao Bằng', headerName: 'UBND TỈNH CAO BẰNG', kind: 'agency' };

beforeAll(async () => {
  container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  const [entry] = await getCollection('campaigns', (candidate) => candidate.data.year === 2023);
  document = toCampaignDocument({ ...entry, filePath: entry.filePath ?? entry.id });
});

describe('OfficialDocument', () => {
  it('lays out the header blocks, blank number and day, title, recipients and signature of the 2023 document', async () => {
    const html = await container.renderToString(OfficialDocument, {
      props: { document, issuer, parent },
      slots: { default: '<p>Thân văn bản</p>' },
    });
    const text = textOf(html);
    expect(text).toMatch(/^UBND TỈNH CAO BẰNG BAN DÂN TỘC Số: \/PĐTĐ-BDT \(số để trống trong bản gốc\) CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc/);
    expect(text).toContain('Cao Bằng, ngày tháng 01 năm 2023 (ngày để trống trong bản gốc)');
    expect(text).toContain('PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2023 Thân văn bản');
    expect(text).toMatch(/Nơi nhận: - Ban Thi đua Khen thưởng, Sở Nội vụ; .* - Lưu: VT, TĐKT\. TRƯỞNG BAN Bế Văn Hùng$/);
  });

  it('prints a known number and full date the way Nghị định 30 writes them', async () => {
    const dated = { ...document, data: { ...document.data, number: '05', issued: '2024-02-03', signer: { prefix: 'KT.' as const, onBehalfOf: 'TRƯỞNG BAN', position: 'PHÓ TRƯỞNG BAN', name: 'Nông Văn A' } } };
    const text = textOf(await container.renderToString(OfficialDocument, { props: { document: dated, issuer, parent } }));
    expect(text).toContain('Số: 05/PĐTĐ-BDT');
    expect(text).toContain('Cao Bằng, ngày 03 tháng 02 năm 2024');
    expect(text).not.toContain('để trống');
    expect(text).toMatch(/KT\. TRƯỞNG BAN PHÓ TRƯỞNG BAN Nông Văn A$/);
  });

  it('renders the MDX body with an anchor on every content and target, numbers as printed', async () => {
    const [entry] = await getCollection('campaigns', (candidate) => candidate.data.year === 2023);
    const html = campaignHtml(entry);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(html).toMatch(new RegExp(`<li[^>]*id="noi-dung-${n}"[^>]*>\\s*<p[^>]*>${n}\\. `));
    for (const n of [1, 2, 3, 4, 5, 6]) expect(html).toMatch(new RegExp(`<li[^>]*id="muc-tieu-${n}"`));
    expect(html).toMatch(/<h2[^>]*id="noi-dung"[^>]*>I\. NỘI DUNG<\/h2>/);
    expect(html).toContain('<strong>“Đoàn kết, kỷ cương, chủ động, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ năm 2023”</strong>');
  });
});

describe('TargetList', () => {
  it('shows each target with its measure, its status and a link to its anchor', async () => {
    const html = await container.renderToString(TargetList, { props: { targets: document.targets } });
    expect(html.match(/<li/g)).toHaveLength(6);
    expect(html).toContain('href="/phong-trao/2023/phat-dong-thi-dua-2023/#muc-tieu-5"');
    const text = textOf(html);
    expect(text).toContain('Cách đo: đạt 100%');
    expect(text).toContain('Cách đo: Định tính');
    expect(text.match(/Kết quả: Chưa đánh giá/g)).toHaveLength(6);
  });
});

describe('DirectiveList', () => {
  it('links each cited directive to its page with date, issuer and count', async () => {
    const directives = buildDirectiveRegister([document], []).filter((directive) => directive.symbol);
    const html = await container.renderToString(DirectiveList, { props: { directives: directives.map(directiveSummary) } });
    expect(html).toContain('href="/chi-thi/chi-thi-34-ct-tw/"');
    const text = textOf(html);
    expect(text).toContain('Chỉ thị 34-CT/TW ngày 07/04/2014 của Bộ Chính trị');
    expect(text).toContain('Chỉ thị 19/CT-TTg ngày 16/07/2021 của Thủ tướng Chính phủ');
    expect(text).toContain('1 lần dẫn chiếu · Năm: 2023');
  });
});

describe('citing the document', () => {
  it('gives a citation line for the page and for one item', async () => {
    const { citationText } = await import('../../../src/lib/campaigns/cite');
    const url = 'https://thi-dua.example.vn/phong-trao/2023/phat-dong-thi-dua-2023/';
    expect(citationText(document, 'Ban Dân tộc tỉnh Cao Bằng', url)).toBe(
      `Ban Dân tộc tỉnh Cao Bằng, Phát động phong trào thi đua năm 2023 (số …/PĐTĐ-BDT, Cao Bằng, tháng 01 năm 2023). ${url}`,
    );
    expect(citationText(document, 'Ban Dân tộc tỉnh Cao Bằng', url, { label: 'Mục tiêu 5', anchor: 'muc-tieu-5' })).toMatch(/, mục tiêu 5\. .*#muc-tieu-5$/);
  });

  it('ends every item with a link to its own anchor, for copying its address without script', async () => {
    const [entry] = await getCollection('campaigns', (candidate) => candidate.data.year === 2023);
    const html = campaignHtml(entry);
    for (const id of ['noi-dung-1', 'noi-dung-8', 'muc-tieu-6']) expect(html).toMatch(new RegExp(`<a href="#${id}" class="item-link"[^>]*>#</a>`));
  });
});
