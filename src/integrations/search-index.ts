/**
 * The search index, built from the site's records by Pagefind's Node API; for a large set on a
 * worker thread (./search-index-worker.mjs, started by ./pagefind.ts): Pagefind's process is fed
 * through its pipe, which only moves while the feeding thread's event loop runs, and the build's
 * thread spends seconds at a time working out pages. On its own thread the index is added,
 * written and closed while the pages render.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { keepFirstSearchCopies } from './precompress';
import { isSourceAddress, KEPT_SOURCE_FOLDER, keepSource, syncSource, takeSource } from './search-source-files';
import { filesInUse, forgetKeptFiles, keepFiles, linkKeptFiles, removeUnused } from './kept-search-files';
import { buildDWords } from '../lib/search/d-words';
import { recordHtml, recordText } from '../lib/search/records';
import type { SearchRecord } from '../lib/search/records';

/** The "d" spellings of indexed "đ" words, read by the search page. */
export const D_WORDS_PATH = 'tim-kiem/tu-d.json';

/** Records sent to Pagefind at once. */
const BATCH = 64;

/** The folder (in the index's folder) of the records Pagefind reads as files (./search-source-files.ts). */
const SOURCE_FOLDER = 'trang-nguon';

/** Where that folder is kept between builds: beside the kept index files. */
function keptSourceOf(keptFolder: string): string {
  return join(dirname(keptFolder), KEPT_SOURCE_FOLDER);
}

/**
 * The records a build sent Pagefind as messages (a board's parts), in order, kept beside the
 * kept index files: a rebuild sends them again as soon as Pagefind's process starts, before its
 * own records exist (`prepareIndexing`), and checks them against its records (`addMessages`).
 */
const KEPT_MESSAGES_FILE = 'thi-dua-tin-nhan-nguon.json';

function keptMessagesOf(keptFolder: string): string {
  return join(dirname(keptFolder), KEPT_MESSAGES_FILE);
}

/** A record sent to Pagefind as a message: its address and its HTML. */
interface Message {
  url: string;
  html: string;
}

/** The messages an earlier build kept; undefined when there are none or the file is not such a list. */
function readKeptMessages(file: string): Message[] | undefined {
  try {
    const list = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (Array.isArray(list) && list.length > 0 && list.every((item: Partial<Message>) => typeof item?.url === 'string' && typeof item?.html === 'string')) return list as Message[];
  } catch {
    // None kept, or unreadable: this build sends its own when they exist.
  }
  return undefined;
}

/** Keeps this build's messages for the next one (written whole under another name first); none kept when there are none. */
async function keepMessages(file: string, messages: Message[]): Promise<void> {
  if (messages.length === 0) return rm(file, { force: true });
  const partial = `${file}.${process.pid}`;
  await writeFile(partial, JSON.stringify(messages));
  await rename(partial, file);
}

/** Sends messages to Pagefind a batch at a time, in order: its service handles them one after another. */
async function sendMessages(index: OpenIndex, messages: Message[]): Promise<void> {
  for (let start = 0; start < messages.length; start += BATCH) {
    const batch = messages.slice(start, start + BATCH);
    const added = await Promise.all(batch.map((message) => index.addHTMLFile({ url: message.url, content: message.html })));
    added.forEach((result, i) => check(`addHTMLFile ${batch[i].url}`, result.errors));
  }
}

/** Throws with every message Pagefind reported, so a broken index fails the build. */
function check(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`Pagefind (${step}): ${errors.join('; ')}`);
}

/** What indexing leaves: Pagefind's files and the "d" spellings, in a folder of their own until the build is done. */
export interface Indexed {
  folder: string;
  records: number;
  /** Milliseconds spent adding the records, then writing the files (the build's log says them). */
  addMs: number;
  writeMs: number;
  /** Files of the previous index Pagefind did not write again (./kept-search-files.ts), of `files` in all. */
  keptFiles: number;
  files: number;
  /** Why the previous index's files could not be used, when they could not (the index was then written afresh). */
  notKept?: string;
  /**
   * The earlier build's messages sent before the records existed: `used` when they were this
   * build's, `replaced` when one differed (the index was then started again without them).
   */
  sentAhead?: 'used' | 'replaced';
}

/** An index opened in Pagefind's process, ready for records. */
export type OpenIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/** Starts Pagefind's process and opens an index in it. */
export async function openIndex(): Promise<OpenIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind returned no index.');
  return index;
}

/**
 * Empties the index's folder and, with `keptFolder`, takes the kept record files into it
 * (./search-source-files.ts); then links the previous index's files where Pagefind will write
 * (./kept-search-files.ts). `source` settles when the record files' folder is ready, `linked`
 * with the linked paths.
 */
export function prepareFolder(folder: string, keptFolder?: string): { source: Promise<void>; linked: Promise<Set<string>> } {
  const source = (async () => {
    await rm(folder, { recursive: true, force: true });
    if (keptFolder) await takeSource(keptSourceOf(keptFolder), join(folder, SOURCE_FOLDER));
  })();
  const linked = source.then(() => (keptFolder ? linkKeptFiles(keptFolder, join(folder, 'pagefind')) : new Set<string>()));
  return { source, linked };
}

/** What can be made ready before the records exist: Pagefind's index and the folders it reads and writes. */
export interface Prepared {
  index: Promise<OpenIndex>;
  source: Promise<void>;
  linked: Promise<Set<string>>;
  /** The earlier build's messages, being sent to the index. */
  ahead?: { messages: Message[]; sent: Promise<void> };
}

/**
 * Opens the index and prepares the folders at once, each failure reported where it is awaited.
 * With `keptFolder`, the messages the last build kept are sent as soon as the index is open: a
 * board's parts are 15 MB of a 5,000-document archive's index, which Pagefind's service reads
 * on one thread, one message after another (3 s of a rebuild); sent here, that happens while
 * the build works out the site model.
 */
export function prepareIndexing(folder: string, keptFolder?: string): Prepared {
  const index = openIndex();
  const kept = keptFolder ? readKeptMessages(keptMessagesOf(keptFolder)) : undefined;
  const ahead = kept && { messages: kept, sent: index.then((opened) => sendMessages(opened, kept)) };
  const prepared: Prepared = { index, ...prepareFolder(folder, keptFolder), ahead };
  for (const step of [prepared.index, prepared.source, prepared.linked, ahead?.sent]) step?.catch(() => undefined);
  return prepared;
}

/**
 * Adds the records sent as messages, first of all, in their order: with what was sent ahead
 * when it is exactly those messages, else on a new index without it (a board changed since the
 * last build). Returns the index to go on with, and what became of what was sent ahead.
 */
async function addMessages(index: OpenIndex, messages: Message[], ahead: Prepared['ahead']): Promise<{ index: OpenIndex; sentAhead?: Indexed['sentAhead'] }> {
  if (ahead) {
    const same = ahead.messages.length === messages.length && ahead.messages.every((message, i) => message.url === messages[i].url && message.html === messages[i].html);
    const sent = await ahead.sent.then(
      () => true,
      () => false,
    );
    if (same && sent) return { index, sentAhead: 'used' };
    await index.deleteIndex();
    const fresh = await openIndex();
    await sendMessages(fresh, messages);
    return { index: fresh, sentAhead: 'replaced' };
  }
  await sendMessages(index, messages);
  return { index };
}

/**
 * Adds the records to an index (a batch at a time rather than one round trip each), writes
 * Pagefind's files and the "d" spellings into `folder`, and closes Pagefind. With `gzipFolder`
 * (the kept gzip copies: ./precompress.ts), the index's metadata is compressed there at once. With
 * `keptFolder`, the previous index's files are reused and this one's kept (./kept-search-files.ts).
 * `prepared` is what `prepareIndexing` started, when it was started before the records existed.
 */
export async function indexRecords(records: SearchRecord[], folder: string, gzipFolder?: string, keptFolder?: string, prepared?: Prepared): Promise<Indexed> {
  const started = performance.now();
  try {
    const { index: opened, source, linked: linking, ahead } = prepared ?? prepareIndexing(folder, keptFolder);
    // A fixed order: first the records sent as messages, in the records' order, then those at a
    // plain path, as files Pagefind reads itself, in the order of their paths.
    const messages = records.filter((record) => !isSourceAddress(record.url)).map((record) => ({ url: record.url, html: recordHtml(record) }));
    const { index, sentAhead } = await addMessages(await opened, messages, ahead);
    await source;
    await addFiles(index, records, join(folder, SOURCE_FOLDER), keptFolder && keptSourceOf(keptFolder));
    const addedAt = performance.now();
    const output = join(folder, 'pagefind');
    const linked = await linking;
    // Pagefind writes on its own process while the "d" spellings are listed here.
    const written = index.writeFiles({ outputPath: output });
    const dWords = JSON.stringify(buildDWords(records.map(recordText)));
    check('writeFiles', (await written).errors);
    const kept = await keptOrAfresh(output, linked, async () => check('writeFiles', (await index.writeFiles({ outputPath: output })).errors));
    const { inUse } = kept;
    let { notKept } = kept;
    if (keptFolder) {
      // Keeping files for the next build only saves time: a failure costs that, never this index.
      try {
        await (inUse ? keepFiles(output, keptFolder, inUse) : forgetKeptFiles(keptFolder));
      } catch (error) {
        notKept ??= `không giữ được tệp chỉ mục cho lần dựng sau (could not keep the index files for the next build): ${error instanceof Error ? error.message : String(error)}`;
        await forgetKeptFiles(keptFolder).catch(() => undefined);
      }
      // Like the files: a failure costs the next build the time, never this index.
      await keepMessages(keptMessagesOf(keptFolder), messages).catch(() => rm(keptMessagesOf(keptFolder), { force: true }).catch(() => undefined));
    }
    await mkdir(join(folder, D_WORDS_PATH, '..'), { recursive: true });
    await writeFile(join(folder, D_WORDS_PATH), dWords);
    if (gzipFolder) await keepFirstSearchCopies((await readdir(join(folder, 'pagefind'))).map((name) => join(folder, 'pagefind', name)), gzipFolder);
    const keptFiles = inUse ? [...linked].filter((path) => inUse.has(path)).length : 0;
    return { folder, records: records.length, addMs: Math.round(addedAt - started), writeMs: Math.round(performance.now() - addedAt), keptFiles, files: inUse?.size ?? 0, notKept, sentAhead };
  } finally {
    await pagefind.close();
  }
}

/**
 * Adds the records at a plain path as files in `source`, read by Pagefind's own directory walk (in
 * the order of their paths, on all of its threads: at 5,000 documents 1.3 s against 3.4 s one
 * message at a time on one thread, with no JSON to encode here). With `keptSource` the files are
 * kept there for the next build, which then writes only those that changed.
 */
async function addFiles(index: OpenIndex, records: SearchRecord[], source: string, keptSource?: string): Promise<void> {
  const files = records.filter((record) => isSourceAddress(record.url));
  if (files.length === 0) return;
  await syncSource(source, files.map((record) => ({ url: record.url, html: recordHtml(record) })));
  const { errors, page_count: pages } = await index.addDirectory({ path: source });
  check('addDirectory', errors);
  if (pages !== files.length) throw new Error(`Pagefind (addDirectory): đọc được ${pages} trang, cần ${files.length} (read ${pages} of ${files.length} pages).`);
  await (keptSource ? keepSource(source, keptSource) : rm(source, { recursive: true, force: true }));
}

/**
 * After Pagefind wrote into a folder holding the previous index's files (`linked`): the files the
 * new index uses, with the unused links removed. When the metadata cannot be read or names a file
 * that is missing, the folder is emptied and written afresh (`writeAfresh`), and `notKept` says why.
 */
async function keptOrAfresh(output: string, linked: Set<string>, writeAfresh: () => Promise<void>): Promise<{ inUse?: Set<string>; notKept?: string }> {
  try {
    const inUse = await filesInUse(output);
    await removeUnused(output, linked, inUse);
    return { inUse };
  } catch (error) {
    const reason = `chỉ mục được ghi lại toàn bộ, không dùng lại tệp của lần dựng trước (the search index was written afresh): ${error instanceof Error ? error.message : String(error)}`;
    if (linked.size === 0) return { notKept: reason };
    await rm(output, { recursive: true, force: true });
    await writeAfresh();
    return { notKept: reason };
  }
}
