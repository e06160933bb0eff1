import strings from './vi.json';

/** A key of the Vietnamese UI dictionary. */
export type UiKey = keyof typeof strings;

/** A UI string, with "{name}" placeholders filled in; components never hard-code labels. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
