import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describeDatabase } from './describe';

/**
 * Decides whether `npm start` must run `next build` again: a fingerprint of everything the
 * build reads, kept in .next/ after a build that succeeded. Contents are hashed rather than
 * modification times, which a fresh clone or a copy resets (a few hundred small files: tens
 * of milliseconds).
 */

const INPUT_FILES = ['package.json', 'package-lock.json', 'next.config.ts', 'middleware.ts', 'tsconfig.json', 'postcss.config.mjs'];
const INPUT_FOLDERS = ['app', 'lib', 'public'];
const STAMP_FILE = path.join('.next', 'portal-build-stamp');

/** Settings the build bakes in (the database it may prerender from, the site's name), without secrets. */
export type BuildSettings = Record<string, string | undefined>;

/**
 * What `npm start` stamps its build with: the database (without credentials) and the site's
 * name and address. The e2e specs that run the launcher on the suite's build stamp it so too.
 */
export function launcherBuildSettings(databaseUrl: string, site: { siteName: string; siteUrl?: string }): BuildSettings {
  return { database: describeDatabase(databaseUrl), siteName: site.siteName, siteUrl: site.siteUrl };
}

export async function computeBuildStamp(root: string, settings: BuildSettings): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`node ${process.version}\0`);
  for (const key of Object.keys(settings).sort()) hash.update(`${key}=${settings[key] ?? ''}\0`);
  const files = [...INPUT_FILES];
  for (const folder of INPUT_FOLDERS) files.push(...(await listFiles(root, folder)));
  for (const file of files.sort()) {
    const content = await fs.readFile(path.join(root, file)).catch(() => undefined);
    hash.update(`${file}\0${content === undefined ? 'missing' : content.length}\0`);
    if (content) hash.update(content);
  }
  return hash.digest('hex');
}

/** True when .next holds a complete build made from exactly these inputs. */
export async function isBuildCurrent(root: string, stamp: string): Promise<boolean> {
  const [buildId, written] = await Promise.all([
    fs.readFile(path.join(root, '.next', 'BUILD_ID'), 'utf8').catch(() => ''),
    fs.readFile(path.join(root, STAMP_FILE), 'utf8').catch(() => ''),
  ]);
  return buildId.trim() !== '' && written.trim() === stamp;
}

export async function writeBuildStamp(root: string, stamp: string): Promise<void> {
  await fs.writeFile(path.join(root, STAMP_FILE), `${stamp}\n`);
}

/** Before a build: one killed halfway must not leave the old stamp vouching for a broken .next. */
export async function forgetBuildStamp(root: string): Promise<void> {
  await fs.rm(path.join(root, STAMP_FILE), { force: true });
}

async function listFiles(root: string, folder: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, folder), { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    // Tests and dot-files are not part of the app the build makes.
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || /\.test\.[cm]?[jt]sx?$/.test(entry.name)) continue;
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files;
}
