/**
 * The server bundle, which only renders the pages inside the build, is not tree-shaken
 * (src/integrations/server-bundle.ts); the browser's script still is.
 */
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, UserConfig } from 'vite';
import { serverBundleUntrimmed } from '../../../src/integrations/server-bundle';

const configFor = (isSsrBuild: boolean) => {
  const plugin = serverBundleUntrimmed();
  const hook = plugin.config as (config: UserConfig, env: ConfigEnv) => UserConfig | undefined;
  return hook({}, { command: 'build', mode: 'production', isSsrBuild });
};

describe('the server bundle', () => {
  it('is made without tree shaking, in a build only', () => {
    expect(serverBundleUntrimmed().apply).toBe('build');
    expect(configFor(true)?.build?.rollupOptions?.treeshake).toBe(false);
  });

  it('leaves the browser’s bundle as Vite makes it', () => {
    expect(configFor(false)).toBeUndefined();
  });
});
