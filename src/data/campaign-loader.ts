/**
 * The campaigns collection, loaded as data: each content/campaigns/**\/*.mdx body is rendered to
 * HTML once, by MDX's parser and the site's Markdown plugins (src/lib/markdown/render-mdx), instead
 * of being compiled by @astrojs/mdx into a JS module that Vite bundles (about 0.9 MB of build
 * memory per document). The HTML is kept in the cache folder under the entry's digest
 * (./campaign-html.ts) and the document's page shows it. MDX stays the authoring format: a body is
 * parsed exactly as MDX parses it, and one holding a component, a tag, an {expression} or
 * import/export is refused with a report in Vietnamese (the same report `npm run check` gives:
 * src/lib/content/mdx-constructs.ts). Many bodies are rendered on worker threads (./render-pool.ts).
 *
 * Ids, `filePath` and `body` are those the glob loader stored; `digest` names the file's text and
 * the renderer. A file whose text and renderer did not change since the last build is not parsed
 * or rendered again: Astro keeps the store in the cache folder.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { slug as githubSlug } from 'github-slugger';
import { formatProblems } from '../lib/content/format';
import type { ContentProblem } from '../lib/content/types';
import { constructProblem } from '../lib/markdown/mdx-constructs';
import { parseFrontmatter, splitMdxFile } from '../lib/markdown/mdx-file';
import { createMdxRenderer, MdxConstructError, type MdxRenderOptions, type RenderedBody } from '../lib/markdown/render-mdx';
import { RenderPool } from './render-pool';
import { BASE } from '../lib/urls';
import { campaignHtmlFolder, campaignHtmlPath, pruneCampaignHtml, writeCampaignHtml } from './campaign-html';

const posix = (path: string) => path.split(sep).join('/');

/** Every .mdx file under a folder, as paths relative to it ("2023/x.mdx"), skipping dot-files as the glob did. */
function mdxFiles(folder: string, prefix = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(join(folder, prefix)).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(folder, path)).isDirectory()) return mdxFiles(folder, path);
    return name.endsWith('.mdx') ? [path] : [];
  });
}

/** The id the glob loader gave: the frontmatter's slug, or each folder and the file name slugged ("2023/phat-dong-thi-dua-2023"). */
function entryId(entry: string, data: Record<string, unknown>): string {
  if (data.slug) return String(data.slug);
  return entry
    .replace(/\.mdx$/, '')
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
}

/** Files whose text the rendered HTML depends on besides the document: the renderer, the plugins, what they import, the packages. */
function rendererSources(root: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((item) => (item.isDirectory() ? walk(join(folder, item.name)) : [join(folder, item.name)]));
  return [...walk(join(root, 'src/lib')), join(root, 'src/data/campaign-loader.ts'), join(root, 'package-lock.json')];
}

/**
 * What the stored HTML was rendered with: the Markdown settings and plugin options (a changed
 * directive alias changes a citation's link), the published sub-path, and the code. A change
 * renders every document again, as each build did when bodies were MDX modules.
 */
function rendererDigest(context: LoaderContext, options: MdxRenderOptions): string {
  const root = fileURLToPath(context.config.root);
  const settings = JSON.stringify({ base: BASE, options }, (_key, value: unknown) =>
    typeof value === 'function' ? `function ${value.name}` : value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value,
  );
  const code = rendererSources(root).map((path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  });
  return context.generateDigest([settings, ...code].join('\0'));
}

/** The site's Markdown settings as @astrojs/mdx applies them (mdx() extends `markdown`). */
function renderOptions(context: LoaderContext): MdxRenderOptions {
  const markdown = context.config.markdown;
  return {
    remarkPlugins: markdown.remarkPlugins as MdxRenderOptions['remarkPlugins'],
    rehypePlugins: markdown.rehypePlugins as MdxRenderOptions['rehypePlugins'],
    remarkRehype: markdown.remarkRehype as MdxRenderOptions['remarkRehype'],
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
    syntaxHighlight: markdown.syntaxHighlight as MdxRenderOptions['syntaxHighlight'],
    shikiConfig: markdown.shikiConfig as MdxRenderOptions['shikiConfig'],
  };
}

/** The loader's former note of each file's key and id, in Astro's store (now read from the entries). */
const FILES_META = 'files';

/** An error whose message is the whole report, without a stack trace under it. */
function reportError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

/** The report of a body holding MDX code: gathered over every file, so an editor sees them all at once. */
class ConstructReport extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
  }
}

/** Bodies to render from which worker threads share the work (THI_DUA_RENDER_THREADS_FROM; fewer render on the build's thread, without the threads' start-up). */
function renderThreadsFrom(): number {
  const value = Number(process.env.THI_DUA_RENDER_THREADS_FROM);
  return Number.isInteger(value) && value > 0 ? value : 200;
}

/**
 * Renders bodies on the build's thread until enough are waiting to be worth worker threads
 * (./render-pool.ts), then sends them all there: a one-document rebuild renders one body here, a
 * cold build of an archive renders thousands on every core.
 */
class BodyRenderer {
  private pool: RenderPool | undefined;
  private waiting: { source: string; path: string; frontmatter: Record<string, unknown>; resolve: (body: RenderedBody) => void; reject: (error: unknown) => void }[] = [];

  constructor(
    private readonly local: (source: string, path: string, frontmatter: Record<string, unknown>) => Promise<RenderedBody>,
    private readonly startPool: () => RenderPool,
    private readonly threadsFrom: number,
  ) {}

  readonly render = (source: string, path: string, frontmatter: Record<string, unknown>): Promise<RenderedBody> => {
    if (this.pool) return this.pool.render(source, path, frontmatter);
    return new Promise((resolve, reject) => {
      this.waiting.push({ source, path, frontmatter, resolve, reject });
      if (this.waiting.length >= this.threadsFrom) {
        this.pool = this.startPool();
        this.send((job) => this.pool!.render(job.source, job.path, job.frontmatter));
      }
    });
  };

  /** Renders what is still waiting: here, when there were too few for the threads. */
  flush(): void {
    this.send((job) => (this.pool ? this.pool.render(job.source, job.path, job.frontmatter) : this.local(job.source, job.path, job.frontmatter)));
  }

  private send(render: (job: BodyRenderer['waiting'][number]) => Promise<RenderedBody>): void {
    for (const job of this.waiting.splice(0)) render(job).then(job.resolve, job.reject);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/** The campaigns loader for the .mdx files under `base` (relative to the project root, as glob's base). */
export function campaignLoader({ base }: { base: string }): Loader {
  return {
    name: 'campaign-mdx-loader',
    load: async (context) => {
      const { config, store, meta, logger, parseData, generateDigest, watcher } = context;
      const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, config.root);
      const folder = fileURLToPath(baseUrl);
      const projectRoot = fileURLToPath(config.root);
      const options = renderOptions(context);
      const render = createMdxRenderer(options);
      const digestOfRenderer = rendererDigest(context, options);
      const htmlFolder = campaignHtmlFolder(fileURLToPath(config.cacheDir));
      const idByPath = new Map<string, string>();
      /**
       * Each file's key and id as the last build stored it, by its path under the folder: read
       * from the stored entries themselves. Kept in a note of its own until 2026-12, which Astro
       * wrote with the whole store on every build (a second of a 5,000-document rebuild): the
       * note is dropped once.
       */
      const loaded = new Map<string, { digest: string; id: string }>(
        store.values().flatMap((stored) => (stored.filePath && stored.digest ? [[posix(relative(folder, join(projectRoot, stored.filePath))), { digest: String(stored.digest), id: stored.id }] as const] : [])),
      );
      if (meta.has(FILES_META)) meta.delete(FILES_META);

      type RenderBody = (source: string, path: string, frontmatter: Record<string, unknown>) => Promise<RenderedBody>;

      /**
       * Reads one file. Returns its id and, when its body must be rendered, the step that stores
       * it (rendering starts at once, so workers render while the next files are read); the step
       * throws the report of a body MDX would run as code.
       */
      async function prepare(entry: string, renderBody: RenderBody): Promise<{ id: string; save?: () => Promise<void> }> {
        const filePath = join(folder, entry);
        // Read at once: an archive's thousands of small files, each awaited in turn through the
        // thread pool (open, stat, read, close), kept the build's thread waiting about a second
        // at 5,000 documents, against a tenth of that read here.
        const contents = readFileSync(filePath, 'utf8');
        // The key names the file's text and the renderer: either changing renders the body again.
        const digest = generateDigest(`${contents}\0${digestOfRenderer}`);
        // Unchanged since the last build: not even its frontmatter is parsed again.
        const known = loaded.get(entry);
        const stored = known && known.digest === digest ? store.get(known.id) : undefined;
        if (stored && stored.digest === digest && existsSync(campaignHtmlPath(digest, htmlFolder))) {
          idByPath.set(filePath, known!.id);
          return { id: known!.id };
        }
        const parts = splitMdxFile(contents);
        let data: Record<string, unknown>;
        try {
          data = parseFrontmatter(parts.frontmatter);
        } catch (error) {
          throw reportError(`${posix(relative(projectRoot, filePath))}: frontmatter is not valid YAML (${error instanceof Error ? error.message : String(error)}). Run npm run check for the line and the fix.`);
        }
        const id = entryId(entry, data);
        const oldId = idByPath.get(filePath);
        if (oldId && oldId !== id) store.delete(oldId);
        idByPath.set(filePath, id);
        const existing = store.get(id);
        if (existing && existing.digest === digest && existing.filePath && existsSync(campaignHtmlPath(digest, htmlFolder))) return { id };

        const relativePath = posix(relative(projectRoot, filePath));
        const rendering = renderBody(parts.source, filePath, data);
        rendering.catch(() => undefined);
        const save = async () => {
          const parsed = await parseData({ id, data, filePath });
          let rendered;
          try {
            rendered = await rendering;
          } catch (error) {
            if (!(error instanceof MdxConstructError)) throw error;
            throw new ConstructReport(error.constructs.map((construct) => constructProblem(construct, relativePath)));
          }
          writeCampaignHtml(htmlFolder, digest, rendered.html);
          store.set({ id, data: parsed, body: parts.body, filePath: relativePath, digest });
        };
        return { id, save };
      }

      /** Loads one file into the store, rendered on this thread; returns its id. */
      async function sync(entry: string): Promise<string> {
        const prepared = await prepare(entry, render);
        await prepared.save?.();
        return prepared.id;
      }

      const untouched = new Set(store.keys());
      const entries = mdxFiles(folder);
      if (entries.length === 0) logger.warn(`No .mdx files found in "${posix(relative(projectRoot, folder))}"`);
      // Other errors (a schema Astro refuses) are thrown as they come, with Astro's own message.
      const reports: ContentProblem[] = [];
      const bodies = new BodyRenderer(render, () => new RenderPool(projectRoot, options), renderThreadsFrom());
      const saves: (() => Promise<void>)[] = [];
      try {
        for (const entry of entries) {
          const prepared = await prepare(entry, bodies.render);
          untouched.delete(prepared.id);
          if (prepared.save) saves.push(prepared.save);
        }
        bodies.flush();
        // Stored in file order, as they were read: the same store whatever thread rendered what.
        for (const save of saves) {
          try {
            await save();
          } catch (error) {
            if (!(error instanceof ConstructReport)) throw error;
            reports.push(...error.problems);
          }
        }
      } finally {
        await bodies.close();
      }
      if (reports.length) throw reportError(formatProblems(reports));
      untouched.forEach((id) => store.delete(id));
      pruneCampaignHtml(htmlFolder, new Set(store.values().flatMap((entry) => (entry.digest ? [String(entry.digest)] : []))));

      if (!watcher) return;
      watcher.add(folder);
      const inFolder = (path: string) => path.endsWith('.mdx') && !posix(relative(folder, path)).startsWith('../');
      const onChange = async (path: string) => {
        if (!inFolder(path)) return;
        const entry = posix(relative(folder, path));
        try {
          await sync(entry);
          logger.info(`Reloaded data from ${entry}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', (path) => {
        const id = idByPath.get(path);
        if (!inFolder(path) || !id) return;
        store.delete(id);
        idByPath.delete(path);
      });
    },
  };
}
