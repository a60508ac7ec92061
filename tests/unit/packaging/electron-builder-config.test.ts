import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
// app-builder-lib's own dependency, the logger type its validator asks for.
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const projectDir = fileURLToPath(new URL('../../../', import.meta.url));

const targetNames = (targets: unknown) =>
  (Array.isArray(targets) ? targets : [targets]).map((t: unknown) => (typeof t === 'string' ? t : (t as { target: string }).target));

let config: Configuration;

beforeAll(async () => {
  // The same loader and validator `electron-builder --config electron-builder.yml` runs, without building anything.
  config = await getConfig(projectDir, 'electron-builder.yml', null);
});

describe('electron-builder.yml', () => {
  it("passes electron-builder's own configuration schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('would catch a misplaced option, so the check above is not vacuous', async () => {
    const misplaced = { ...config, linux: { ...config.linux, oneClick: false } } as Configuration;
    await expect(validateConfiguration(misplaced, new DebugLogger(false))).rejects.toThrow(/Invalid configuration/);
  });

  it('names the app and writes packages to release/', () => {
    expect(config.appId).toBe('org.concord.console');
    expect(config.productName).toBe('Concord');
    expect(config.directories?.output).toBe('release');
  });

  it('builds AppImage and deb on Linux, NSIS on Windows, dmg on macOS', () => {
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/);
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
  });

  it("keeps electron-builder's default deb dependencies, which a deb.depends list would replace (GTK and NSS with them)", () => {
    expect(config.deb?.depends).toBeUndefined();
  });

  it('flips the Electron fuses that close the ways around the packaged app', () => {
    const fuses = config.electronFuses;
    // No ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect: each would run arbitrary code with the app's identity.
    expect(fuses?.runAsNode).toBe(false);
    expect(fuses?.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(fuses?.enableNodeCliInspectArguments).toBe(false);
    // Only the archive is loaded, and it is checked against the hash electron-builder records where Electron can.
    expect(fuses?.onlyLoadAppFromAsar).toBe(true);
    expect(fuses?.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(fuses?.enableCookieEncryption).toBe(true);
    // The renderer is served from app://, so file:// pages need none of their legacy privileges.
    expect(fuses?.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('ships only the built app, the native SQLCipher module unpacked, and resources/', () => {
    // getConfig normalises the list of patterns into file sets.
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(patterns).toEqual(['dist/**/*', 'dist-electron/**/*', '!dist-electron/**/*.map', 'package.json']);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3-multiple-ciphers/**/*');
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'resources', to: 'resources' })]);
  });
});
