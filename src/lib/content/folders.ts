/**
 * Where a campaign document's file sits decides its address (/phong-trao/<path>/), so the folder
 * must say what the document says: content/campaigns/<year>/<file>.mdx for a body publishing
 * alone, content/campaigns/<year>/<body or bloc>/<file>.mdx in a province's archive, where many
 * bodies publish "phat-dong-thi-dua-2023" in the same year. The year folder is checked with the
 * body (campaign-rules); this checks the body's folder.
 */
import type { ContentProblem, ContentSet } from './types';

export function checkDocumentFolders(content: ContentSet): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of content.campaigns) {
    const parts = entry.id.split('/');
    if (parts.length <= 2) continue;
    const file = parts.at(-1);
    const { issuer, bloc } = entry.data;
    if (parts.length > 3) {
      problems.push({
        file: entry.filePath,
        field: 'issuer',
        expected: 'tệp nằm trong content/campaigns/<năm>/ hoặc content/campaigns/<năm>/<mã cơ quan>/',
        found: `thư mục "${parts.slice(1, -1).join('/')}"`,
        fix: `Chuyển tệp sang content/campaigns/${parts[0]}/${issuer ?? parts[1]}/${file}.mdx.`,
      });
      continue;
    }
    const owner = parts[1];
    if (owner === issuer || owner === bloc) continue;
    const field = bloc ? 'bloc' : 'issuer';
    const stated = bloc ?? issuer;
    problems.push({
      file: entry.filePath,
      field,
      expected: `"${owner}" (thư mục chứa tệp là của cơ quan ban hành${bloc ? ' hoặc của khối' : ''})`,
      found: stated ? `"${stated}"` : 'để trống',
      fix: stated
        ? `Chuyển tệp sang content/campaigns/${parts[0]}/${stated}/${file}.mdx, hoặc sửa "${field}: ${owner}".`
        : `Ghi "issuer: ${owner}" nếu văn bản là của cơ quan đó, hoặc chuyển tệp sang content/campaigns/${parts[0]}/.`,
    });
  }
  return problems;
}
