import { readdirSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../../data/content-root';
import { previewSite } from '../../data/preview-site';
import type { ManifestEntry } from '../../lib/preview/manifest';
import { PREVIEW_FOLDER } from '../../lib/preview/site-previews';
import { DrawingPool } from './pool';

/** Where the build writes the list of cards the pages show; removed once they are drawn. */
export const MANIFEST_PATH = `${PREVIEW_FOLDER}/danh-sach.json`;

/** Does the cards' cache folder hold a drawn card (an earlier build's)? */
export function hasKeptCards(folder: string): boolean {
  try {
    return readdirSync(folder).some((name) => name.endsWith('.png'));
  } catch {
    return false;
  }
}

/**
 * Link-preview images (og:image). As a first build starts, a worker thread reads the content from
 * disk, works out the cards, and workers draw them while Astro compiles and renders the pages; at the
 * end the cards the pages actually name (the manifest) are awaited, any not drawn yet are drawn,
 * and each is copied into the site. Drawn cards are kept in the cache folder by key, so a
 * rebuild draws only what changed. A card that cannot be drawn fails the build.
 */
export function previewsIntegration(): AstroIntegration {
  let folder = '';
  let siteUrl: string | undefined;
  let pool: DrawingPool | undefined;
  /** Whether this build worked the cards out ahead, from the content on disk. */
  let planned = false;
  return {
    name: 'thi-dua:previews',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        folder = join(fileURLToPath(config.cacheDir), PREVIEW_FOLDER);
        siteUrl = config.site;
        if (command !== 'build') return;
        pool = new DrawingPool(folder);
        // A rebuild (cards kept from an earlier build) does not work them out ahead: that reads
        // and checks the whole content again on a thread of its own (about 2 s of a core and
        // 150 MB at 5,000 documents), while most of its cards are kept. The few that changed
        // are drawn at the end, on every core.
        planned = !hasKeptCards(folder);
        if (!planned) return;
        // A first build starts as early as it can: the cards are worked out and drawn while Astro
        // syncs, compiles and renders. Not awaited; a card that fails to draw here is reported,
        // with the pages that show it, when the pages ask for it at the end.
        pool.planAndDraw(contentRoot(), previewSite(siteUrl)).then(
          (count) => logger.debug(`drawing ${count} cards ahead`),
          (error: unknown) => logger.debug(`cards not drawn ahead: ${error instanceof Error ? error.message : String(error)}`),
        );
      },
      // `astro dev`: a card is drawn when its address is asked for, from the list the pages make.
      'astro:server:setup': ({ server, logger }) => {
        const drawing = new DrawingPool(folder);
        server.middlewares.use(async (request, response, next) => {
          const key = request.url?.match(new RegExp(`^/${PREVIEW_FOLDER}/([0-9a-f]{20})\\.png$`))?.[1];
          if (!key) return next();
          try {
            const manifest = await fetch(`http://${request.headers.host}/${MANIFEST_PATH}`);
            const entry = ((await manifest.json()) as ManifestEntry[]).find((candidate) => candidate.key === key);
            if (!entry) return next();
            const drawn = await drawing.draw(entry.key, entry.tree);
            response.setHeader('content-type', 'image/png');
            response.end(await readFile(drawn.file));
          } catch (error) {
            logger.error(`preview ${key}: ${error instanceof Error ? error.message : String(error)}`);
            next(error);
          }
        });
        server.httpServer?.on('close', () => void drawing.close());
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const drawing = pool ?? new DrawingPool(folder);
        try {
          const entries = JSON.parse(await readFile(join(out, MANIFEST_PATH), 'utf8')) as ManifestEntry[];
          const started = performance.now();
          const ahead = new Set(entries.filter((entry) => drawing.has(entry.key)).map((entry) => entry.key));
          let late = 0;
          drawing.widen();
          await mkdir(join(out, PREVIEW_FOLDER), { recursive: true });
          let cached = 0;
          for (const entry of entries) {
            const drawn = await drawing.draw(entry.key, entry.tree).catch((cause: unknown) => {
              throw new Error(`Could not draw the preview image of ${entry.pages.join(', ')}.`, { cause });
            });
            await copyFile(drawn.file, join(out, PREVIEW_FOLDER, `${entry.key}.png`));
            if (drawn.cached) cached += 1;
            else if (!ahead.has(entry.key)) late += 1;
            if (drawn.missing.length) {
              // Not kept in the cache, so the warning comes back on every build until the text is fixed.
              await rm(drawn.file, { force: true });
              logger.warn(`Ảnh xem trước của ${entry.pages.join(', ')} thiếu các ký tự “${drawn.missing.join('')}”: phông Be Vietnam Pro không có chúng (the preview image leaves these characters out).`);
            }
          }
          await rm(join(out, MANIFEST_PATH));
          const plan = planned ? 'worked out ahead' : 'not worked out ahead: cards kept from an earlier build';
          logger.info(`${entries.length} preview images (${cached} from the cache, ${late} drawn only at the end; ${Math.round(performance.now() - started)} ms spent waiting for them; ${plan})`);
        } catch (cause) {
          throw new Error('Failed to draw the link preview images.', { cause });
        } finally {
          await drawing.close();
        }
      },
    },
  };
}
