// Starts a drawing worker. Drawing runs beside the build: on Linux this lowers only this
// thread's priority, so the build keeps its core and the cards are drawn with the time left
// over. It comes first, before the worker loads its modules. Worker threads do not inherit a
// TypeScript loader, so tsx (the project's TypeScript runner) is registered before the worker
// itself is loaded.
import { setPriority } from 'node:os';

try {
  setPriority(19);
} catch {
  // Not allowed here: draw at normal priority.
}
const { register } = await import('tsx/esm/api');
register();
await import('./drawing-worker.ts');
