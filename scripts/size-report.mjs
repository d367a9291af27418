// `npm run size:report`: what each part of a full conversation weighs. Builds the widget once more with source maps
// (into a temporary folder), attributes every byte of the conversation chunk to the module it came from, and prints
// raw bytes and an estimate of each part's brotli share (its code compressed alone, scaled so the parts add up to the
// chunk's real brotli size: brotli gains across parts, so a part alone compresses a little worse than in place).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const out = mkdtempSync(join(tmpdir(), 'return-assistant-size-'));
try {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.lib.config.ts', '--outDir', out, '--sourcemap', '--logLevel', 'error'], { stdio: 'inherit' });
  const chunks = join(out, 'chunks');
  const find = (prefix) => readdirSync(chunks).find((file) => file.startsWith(`${prefix}-`) && file.endsWith('.js'));
  const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

  /** The part a source belongs to: a dependency by package, our code by folder, the rest by what it is. */
  const partOf = (source) => {
    if (!source) return 'bundler glue and the stylesheet';
    const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    if (dependency) return `dependency: ${dependency[1]}`;
    const ours = /(?:^|\/)src\/(.+)$/.exec(source);
    return ours ? `src/${ours[1]}` : source;
  };

  const code = readFileSync(join(chunks, find('load')), 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(join(chunks, `${find('load')}.map`), 'utf8')));
  const lines = code.split('\n');
  const mappings = [];
  map.eachMapping((mapping) => mappings.push(mapping));
  mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const text = new Map();
  mappings.forEach((mapping, index) => {
    const next = mappings[index + 1];
    const line = lines[mapping.generatedLine - 1];
    const end = next && next.generatedLine === mapping.generatedLine ? next.generatedColumn : line.length;
    const part = partOf(mapping.source);
    text.set(part, (text.get(part) ?? '') + line.slice(mapping.generatedColumn, end));
  });
  const whole = brotli(code);
  const alone = [...text].map(([part, body]) => ({ part, raw: body.length, alone: brotli(body) }));
  const scale = whole / alone.reduce((sum, row) => sum + row.alone, 0);
  const rows = alone.map((row) => ({ ...row, brotli: Math.round(row.alone * scale) })).sort((a, b) => b.brotli - a.brotli);

  // The other files of a conversation, measured whole.
  const others = [
    ['the eager launcher (return-assistant.js)', join(out, 'return-assistant.js')],
    ['the English catalogue', join(chunks, find('en'))],
    ['the iMicro policy, in English', join(chunks, find('imicro-en'))],
    ['the iGarden policy, in English', join(chunks, find('igarden-en'))],
  ].map(([part, file]) => ({ part, raw: readFileSync(file).length, brotli: brotli(readFileSync(file)) }));

  const group = (prefix) => rows.filter((row) => row.part.startsWith(prefix)).reduce((sum, row) => sum + row.brotli, 0);
  console.log(`The conversation chunk: ${code.length} bytes raw, ${whole} brotli.`);
  console.log(
    `  dependencies ${group('dependency')}, src/policy ${group('src/policy')}, src/conversation ${group('src/conversation')}, src/ui ${group('src/ui')}, src/embed ${group('src/embed')}, other ${group('bundler')}\n`,
  );
  console.log('| part | raw bytes | brotli (estimate) |\n| --- | ---: | ---: |');
  for (const row of [...rows, ...others]) console.log(`| ${row.part} | ${row.raw} | ${row.brotli} |`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
