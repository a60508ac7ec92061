import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// electron-builder's own dependency: the reader for the archive it writes.
import { extractFile, listPackage } from '@electron/asar';
// app-builder-lib's own dependency, the tool it flips fuses with: its reader and the marker it looks for.
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { SENTINEL } from '@electron/fuses/dist/constants';
import { archFromString, build, Platform } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Packs the built bundles with electron-builder.yml into an unpacked Linux app (target `dir`), offline: a stand-in
 * Electron distribution replaces the download, and the native modules are shipped as built for Node (no rebuild for
 * Electron's ABI). What is checked is the layout the real packages are made from, and the fuses flipped in its binary.
 */
const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const fromProject = (...parts: string[]) => join(projectDir, ...parts);

interface Manifest {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const manifest = readJson(fromProject('package.json')) as Manifest;

const builtBundles = ['dist/renderer/index.html', 'dist-electron/main.cjs', 'dist-electron/preload.cjs'];
const fakeScript = '#!/bin/sh\necho "stand-in for the Electron binary"\n';
/**
 * A real Electron binary carries a fuse wire: the sentinel, wire version 1, its length, then one byte a fuse ('1' on,
 * '0' off), in FuseV1Options order. The stand-in carries one with Electron's stock states (run as Node, NODE_OPTIONS,
 * --inspect and file:// privileges on), so that electron-builder has the same wire to flip as in a real package.
 */
const stockFuses = '10110001';
const fakeElectron = Buffer.concat([Buffer.from(`${fakeScript}# ${SENTINEL}`), Buffer.from([1, stockFuses.length]), Buffer.from(`${stockFuses}\n`)]);

let tempDir = '';
let appOutDir = '';
let archive = '';
let archived = new Set<string>();

beforeAll(async () => {
  const missing = builtBundles.filter((file) => !existsSync(fromProject(file)));
  if (missing.length > 0) {
    throw new Error(`The packaging smoke test packs the built app; run \`npm run build\` first (missing: ${missing.join(', ')}).`);
  }
  const electronManifest = fromProject('node_modules', 'electron', 'package.json');
  if (!existsSync(electronManifest)) throw new Error('The electron devDependency is not installed; run `npm ci` first.');

  tempDir = mkdtempSync(join(tmpdir(), 'concord-package-'));
  const electronDist = join(tempDir, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(join(electronDist, 'electron'), fakeElectron, { mode: 0o755 });
  const outputDir = join(tempDir, 'release');

  await build({
    projectDir,
    targets: Platform.LINUX.createTarget('dir', archFromString(process.arch)),
    publish: 'never',
    config: {
      extends: fromProject('electron-builder.yml'),
      // electronDist stands in for the download; the installed version is given so that electron-builder never falls
      // back to asking GitHub for one.
      electronDist,
      electronVersion: (readJson(electronManifest) as { version: string }).version,
      // A rebuild for Electron would download Electron's headers.
      npmRebuild: false,
      directories: { output: outputDir },
    },
  });

  const unpacked = readdirSync(outputDir).filter((name) => name.endsWith('-unpacked'));
  expect(unpacked, 'electron-builder wrote one unpacked app folder').toHaveLength(1);
  appOutDir = join(outputDir, unpacked[0] ?? '');
  archive = join(appOutDir, 'resources', 'app.asar');
  expect(existsSync(archive), 'resources/app.asar exists').toBe(true);
  // listPackage answers paths with a leading separator; without it they read like the project's own paths.
  archived = new Set(listPackage(archive, { isPack: false }).map((path) => path.slice(1)));
}, 90_000);

afterAll(() => {
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

const unpackedModule = (...parts: string[]) => join(appOutDir, 'resources', 'app.asar.unpacked', 'node_modules', ...parts);
const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();

describe('the Linux app electron-builder.yml packs', () => {
  it('starts from the executable named by linux.executableName', () => {
    const executable = join(appOutDir, 'concord');
    expect(readFileSync(executable, 'utf8').startsWith(fakeScript)).toBe(true);
    expect(statSync(executable).mode & 0o111, 'concord is executable').not.toBe(0);
  });

  it("flips the fuses electron-builder.yml sets in that executable, and leaves the V8 snapshot fuse as Electron ships it", async () => {
    const wire = await getCurrentFuseWire(join(appOutDir, 'concord'));
    const states = Object.fromEntries(
      Object.entries(FuseV1Options)
        .filter((entry): entry is [string, FuseV1Options] => typeof entry[1] === 'number')
        .map(([name, index]) => [name, String.fromCharCode(wire[index] ?? 0)]),
    );
    expect(states).toEqual({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      LoadBrowserProcessSpecificV8Snapshot: '0',
      GrantFileProtocolExtraPrivileges: '0',
    });
  });

  it('archives package.json, and the entry its main names', () => {
    expect(archived).toContain('package.json');
    const packaged = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as Manifest;
    expect(packaged.main).toBe(manifest.main);
    expect(archived).toContain(packaged.main);
  });

  it('archives the preload bundle and the renderer with every asset its page links, without their source maps', () => {
    expect(archived).toContain('dist-electron/preload.cjs');
    expect(archived).toContain('dist/renderer/index.html');
    const page = extractFile(archive, 'dist/renderer/index.html').toString('utf8');
    const assets = [...page.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => `dist/renderer/${match[1] ?? ''}`);
    expect(assets.length, 'index.html links its script and style').toBeGreaterThan(0);
    for (const asset of assets) expect(archived, `${asset} is archived`).toContain(asset);
    expect([...archived].filter((path) => path.startsWith('dist') && path.endsWith('.map'))).toEqual([]);
  });

  it('archives every production dependency and no devDependency', () => {
    for (const name of Object.keys(manifest.dependencies)) expect(archived, `${name} is archived`).toContain(`node_modules/${name}`);
    const devPackaged = Object.keys(manifest.devDependencies).filter((name) => archived.has(`node_modules/${name}`));
    expect(devPackaged, 'devDependencies in the archive').toEqual([]);
  });

  it('keeps the native modules outside the archive, where they can be loaded', () => {
    // asarUnpack in electron-builder.yml; `bindings` loads the binary from build/Release.
    expect(existsSync(unpackedModule('better-sqlite3-multiple-ciphers', 'package.json'))).toBe(true);
    expect(existsSync(unpackedModule('better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    // noise-handshake's libsodium: electron-builder unpacks it by itself, having found a .node file in it.
    expect(existsSync(unpackedModule('sodium-native', 'prebuilds', `linux-${process.arch}`, 'sodium-native.node'))).toBe(true);
  });

  it('ships resources/ beside the archive, as the desktop shell reads it from process.resourcesPath', () => {
    const shipped = join(appOutDir, 'resources', 'resources');
    const files = filesUnder(fromProject('resources'));
    expect(files).toEqual(expect.arrayContaining(['scenarios/demo-exercise.json', 'wordlists/en.json']));
    expect(filesUnder(shipped)).toEqual(files);
    for (const file of files) expect(readFileSync(join(shipped, file), 'utf8'), file).toBe(readFileSync(fromProject('resources', file), 'utf8'));
  });
});
