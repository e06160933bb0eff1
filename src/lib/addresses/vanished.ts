/**
 * Addresses the last published site had and a new build no longer answers: a file renamed or
 * moved without `formerly` (./moved.ts), or deleted. `npm run build` compares the sitemap of the
 * site it is about to replace with the new build's files and warns, naming each address and the
 * `formerly` line that would keep it; a deletion may be meant, so the build still succeeds.
 */

/** The page paths a sitemap lists, relative to the site's base ("phong-trao/2023/x/"); entries outside the base are left out. */
export function sitemapPaths(xml: string, base: string): string[] {
  const paths: string[] = [];
  for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    let pathname: string;
    try {
      pathname = decodeURI(new URL(match[1].trim()).pathname);
    } catch {
      continue;
    }
    if (pathname.startsWith(base)) paths.push(pathname.slice(base.length));
  }
  return paths;
}

/** Of the last site's paths, those the new build does not answer (neither its page nor an old address's page). */
export function vanishedAddresses(previous: string[], answers: (path: string) => boolean): string[] {
  return previous.filter((path) => !answers(path));
}

/** The `formerly` line that keeps an address, and in which kind of file, when the address is a file's page. */
function keepingLine(path: string): string | undefined {
  const trimmed = path.replace(/\/$/, '');
  const document = /^phong-trao\/(\d{4}\/.+)$/.exec(trimmed);
  if (document) return `formerly: ["${document[1]}"] trong tệp .mdx mới của văn bản`;
  const unit = /^don-vi\/([a-z0-9-]+)$/.exec(trimmed);
  if (unit) return `formerly: [${unit[1]}] trong tệp mới của đơn vị (content/units)`;
  const bloc = /^khoi-thi-dua\/([a-z0-9-]+)\/\d{4}$/.exec(trimmed);
  if (bloc) return `formerly: [${bloc[1]}] trong tệp mới của khối (content/blocs)`;
  return undefined;
}

/** How many addresses the report names; the count gives the rest. */
const SHOWN = 20;

/** The warning, in Vietnamese: each address (up to 20), what is expected and how to keep it. */
export function vanishedReport(paths: string[], base: string): string {
  if (paths.length === 0) return '';
  const lines = [`Cảnh báo: ${paths.length} địa chỉ của trang đã công bố trước đây không còn trong bản dựng này:`, ''];
  for (const path of paths.slice(0, SHOWN)) {
    const keep = keepingLine(path);
    lines.push(`${base}${path}`);
    if (keep) lines.push(`  Sửa:  nếu tệp đã đổi tên hay chuyển thư mục, ghi ${keep}.`);
  }
  if (paths.length > SHOWN) lines.push(`… và ${paths.length - SHOWN} địa chỉ khác.`);
  lines.push(
    '',
    '  Cần:  mỗi địa chỉ đã công bố vẫn mở được: liên kết, dấu trang và kết quả tìm kiếm đang trỏ tới nó.',
    '  Sửa:  ghi mã cũ vào trường formerly của tệp mới (README, "Renaming a file"); nếu văn bản bị xóa có chủ ý, bỏ qua cảnh báo này.',
  );
  return lines.join('\n');
}
