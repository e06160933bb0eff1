import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The content folder: content/ by default; THI_DUA_CONTENT points a build at another set (tests, demo). */
export function contentRoot(): string {
  return (process.env.THI_DUA_CONTENT ?? './content').replace(/\/$/, '');
}

/**
 * Does a content folder hold any YAML file? The honours folder is empty until a body's first
 * year-end decisions: that is normal, not something to warn about.
 */
export function hasYamlFiles(folder: string): boolean {
  const path = join(contentRoot(), folder);
  return existsSync(path) && readdirSync(path).some((name) => /\.ya?ml$/.test(name) && !name.startsWith('.'));
}
