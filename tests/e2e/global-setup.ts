import { build } from 'vite';

/** The web host serves dist/renderer, so the tests always run against a build of the current sources. */
export default async function globalSetup(): Promise<void> {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
