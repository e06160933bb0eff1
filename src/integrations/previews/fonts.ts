import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PREVIEW_FAMILIES } from '../../lib/preview/layout';
import type { PreviewFont } from '../../lib/preview/render';

const require = createRequire(import.meta.url);

/**
 * The cards' typeface: Be Vietnam Pro 400 and 600 from the self-hosted fontsource package, as
 * WOFF (satori reads WOFF, not WOFF2), each subset under its own family name (see PREVIEW_FAMILIES).
 */
export function previewFonts(): PreviewFont[] {
  return PREVIEW_FAMILIES.flatMap((family) => {
    const subset = family.replace('Be Vietnam Pro ', '');
    return ([400, 600] as const).map((weight) => ({
      name: family,
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`)),
    }));
  });
}
