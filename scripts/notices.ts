// Third-party licence notices for a build: every package whose code the bundler put into the output, with the licence
// text it ships, written as THIRD-PARTY-NOTICES.txt beside the files it covers. MIT and the like ask that the notice
// travel with the code; the widget's files go to CDNs and stores' themes without the rest of this repository.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/** The package a bundled module belongs to: its name and folder, or null for the project's own code. */
function packageOf(id: string): { name: string; folder: string } | null {
  const at = id.lastIndexOf('/node_modules/');
  if (at < 0 || id.startsWith('\0')) return null;
  const parts = id.slice(at + '/node_modules/'.length).split('/');
  const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  return { name, folder: id.slice(0, at + '/node_modules/'.length) + name };
}

/** The notices text for these package folders, sorted by name. */
export function noticesFor(folders: Iterable<string>): string {
  const sections = [...folders].sort().map((folder) => {
    const { name, version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string; license: string };
    const file = readdirSync(folder).find((entry) => LICENCE_FILE.test(entry));
    if (!file) throw new Error(`${name} ships no licence file: its notice cannot be written`);
    return `${name} ${version} (${license})\n\n${readFileSync(join(folder, file), 'utf8').trim()}\n`;
  });
  const rule = `\n${'-'.repeat(78)}\n\n`;
  return `Return Assistant includes code from these packages, under their own licences.\n${rule}${sections.join(rule)}`;
}

/** A build step that writes THIRD-PARTY-NOTICES.txt for the packages in that build's output. */
export function thirdPartyNotices(): Plugin {
  return {
    name: 'return-assistant:third-party-notices',
    generateBundle(_options, bundle) {
      const folders = new Map<string, string>();
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        for (const id of file.moduleIds) {
          const found = packageOf(id);
          if (found) folders.set(found.name, found.folder);
        }
      }
      if (folders.size) this.emitFile({ type: 'asset', fileName: 'THIRD-PARTY-NOTICES.txt', source: noticesFor(folders.values()) });
    },
  };
}
