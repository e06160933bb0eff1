/**
 * The public address the site is built for (THI_DUA_SITE): canonical links, the sitemap, the
 * feed and every link follow it, including its sub-path ("https://org.example/thi-dua/").
 */

/** The address used when none is set: a placeholder no reader should see. */
export const PLACEHOLDER_SITE = 'https://thi-dua.example.vn/';

/** A parsed public address: the full address with a trailing slash, and its path ("/" or "/thi-dua/"). */
export interface PublicAddress {
  site: string;
  base: string;
  placeholder: boolean;
}

/**
 * Reads THI_DUA_SITE. An address must be absolute http(s), without query or fragment; its path
 * always ends with "/" so that pages are published under it. Throws a Vietnamese message otherwise.
 */
export function publicAddress(value: string | undefined): PublicAddress {
  if (value === undefined || value.trim() === '') return { site: PLACEHOLDER_SITE, base: '/', placeholder: true };
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`THI_DUA_SITE="${value}" không phải địa chỉ đầy đủ: cần dạng https://thidua.example.gov.vn/ hoặc https://org.example/thi-dua/.`);
  }
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash) {
    throw new Error(`THI_DUA_SITE="${value}": cần địa chỉ http(s) không có "?" hay "#", ví dụ https://org.example/thi-dua/.`);
  }
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: `${url.origin}${base}`, base, placeholder: false };
}

/** The sub-path of an address ("/" when none is set or it cannot be read: the build reports that). */
export function basePath(value: string | undefined): string {
  try {
    return publicAddress(value).base;
  } catch {
    return '/';
  }
}

/** What the build says, once, when it uses the placeholder; and why a production build refuses it. */
export const PLACEHOLDER_WARNING =
  `Chưa đặt THI_DUA_SITE: bản dựng dùng địa chỉ tạm ${PLACEHOLDER_SITE} cho liên kết chuẩn (canonical), sitemap, nguồn tin và ảnh xem trước. ` +
  'Trước khi công bố, dựng lại với THI_DUA_SITE=<địa chỉ công khai>, ví dụ THI_DUA_SITE=https://thidua.example.gov.vn/ npm run build.';
export const PLACEHOLDER_REFUSED =
  'Bản dựng công bố (THI_DUA_REQUIRE_SITE=1) cần địa chỉ công khai: đặt THI_DUA_SITE, ví dụ THI_DUA_SITE=https://thidua.example.gov.vn/ hoặc https://org.example/thi-dua/.';
