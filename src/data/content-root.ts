/** The content folder: content/ by default; THI_DUA_CONTENT points a build at another set (tests, demo). */
export function contentRoot(): string {
  return (process.env.THI_DUA_CONTENT ?? './content').replace(/\/$/, '');
}
