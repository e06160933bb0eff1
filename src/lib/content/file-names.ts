/**
 * A content file's name is an address: "campaigns/2023/phat-dong-thi-dua-2023.mdx" is published at
 * /phong-trao/2023/phat-dong-thi-dua-2023/, "units/van-phong.yaml" at /don-vi/van-phong/. A name
 * saved the way Windows invites ("Phát động thi đua 2023.mdx") would become an address with
 * spaces and marks, which mail and chat apps break when the link is shared, and which changes
 * with the keyboard's Unicode form. So such a name is reported, with the name to give instead.
 */
import { slugify } from '../text/fold';
import type { ContentProblem } from './types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The problem with a file's name (`relativePath` under its content folder, "/" or "\" separated), if any. */
export function fileNameProblem(relativePath: string, file: string): ContentProblem | undefined {
  const [, stem, extension] = /^(.*?)(\.[^./\\]+)?$/.exec(relativePath.replace(/\\/g, '/')) ?? [];
  const segments = (stem ?? relativePath).split('/');
  const wrong = segments.filter((segment) => !SLUG.test(segment));
  if (wrong.length === 0) return undefined;
  const renamed = segments.map((segment) => (SLUG.test(segment) ? segment : slugify(segment) || 'tep')).join('/');
  return {
    file,
    field: 'tên tệp',
    expected: 'tên thư mục và tệp chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (tên tệp là địa chỉ của trang)',
    found: wrong.map((segment) => `"${segment}"`).join(', '),
    fix: `Đổi tên thành ${renamed}${(extension ?? '').toLowerCase()}.`,
  };
}
