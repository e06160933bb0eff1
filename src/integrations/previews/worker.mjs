// Starts a drawing worker: worker threads do not inherit a TypeScript loader, so this file
// registers tsx (the project's TypeScript runner) before loading the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./drawing-worker.ts');
