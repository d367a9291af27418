/**
 * Publish: the policy file, the snippet for the chosen way of embedding (with SRI hashes from the
 * widget build), the schema.org JSON-LD for product pages, and what a shopper downloads with this policy.
 */
import { signal, useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { policyToJsonLd } from '../policy/index.ts';
import { copyText, download } from './download.ts';
import { embedSnippet, jsonLdSnippet } from './snippets.ts';
import type { EmbedWay } from './snippets.ts';
import { analysis, lastValid, policyText, stale } from './state.ts';
import { downloadSize, entryHashes, WIDGET_VERSION, widgetBuilt } from './widget-files.ts';
import type { DownloadSize } from './widget-files.ts';

const hashes = signal<Record<string, string> | null>(null);
const WAYS: [EmbedWay, string][] = [
  ['launcher', 'Script tag (a launcher button)'],
  ['inline', 'Custom element (inline panel)'],
  ['module', 'ES module (npm build)'],
];

function Copyable({ id, label, text }: { id: string; label: string; text: string }) {
  const status = useSignal('');
  return (
    <div class="copyable">
      <pre id={id} role="region" tabIndex={0} aria-label={label}>
        {text}
      </pre>
      <button
        type="button"
        onClick={async () => (status.value = (await copyText(text)) ? 'Copied.' : 'The browser refused the clipboard: select the text and copy it.')}
      >
        Copy {label}
      </button>{' '}
      <span role="status">{status.value}</span>
    </div>
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function Publish() {
  const way = useSignal<EmbedWay>('launcher');
  const size = useSignal<DownloadSize | null>(null);
  useSignalEffect(() => {
    if (widgetBuilt && !hashes.value)
      void entryHashes().then((list) => (hashes.value = Object.fromEntries(list.map(({ file, integrity }) => [file, integrity]))));
  });
  useSignalEffect(() => {
    const current = lastValid.value;
    if (current) void downloadSize(current.data, 'en').then((measured) => (size.value = measured));
  });
  const jsonLd = useComputed(() => (lastValid.value ? jsonLdSnippet(policyToJsonLd(lastValid.value.policy)) : ''));
  const current = lastValid.value;
  if (!current) return <p class="note">Publishing is open once the policy is valid.</p>;
  const canDownload = analysis.value.policy !== null && !stale.value;
  return (
    <div class="publish">
      <h3>Policy file</h3>
      <p>
        <button type="button" disabled={!canDownload} onClick={() => download(`policy.json`, policyText.value)}>
          Download policy.json
        </button>{' '}
        {!canDownload && <span class="note">Fix the errors first: the download is the file as it stands, and it must be valid.</span>}
      </p>
      <h3>Embed it</h3>
      <fieldset class="choices">
        <legend>How your pages load it</legend>
        {WAYS.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="embed-way" checked={way.value === value} onChange={() => (way.value = value)} /> {label}
          </label>
        ))}
      </fieldset>
      {!widgetBuilt && (
        <p class="problem">
          No SRI hashes here: this copy of the studio was built without the widget build (run <code>npm run build:widget</code>, then restart or rebuild the
          studio). The snippet is shown without integrity attributes rather than with invented ones.
        </p>
      )}
      {way.value === 'module' && (
        <p class="note">
          The package is not on the npm registry yet: build the widget from a clone (<code>npm run build:widget</code>) and serve{' '}
          <code>dist/return-assistant/{WIDGET_VERSION}/</code> with your site.
        </p>
      )}
      <Copyable
        id="embed-snippet"
        label="embed snippet"
        text={embedSnippet(way.value, { policy: current.data, version: WIDGET_VERSION, integrity: hashes.value ?? {} })}
      />
      <h3>schema.org JSON-LD for your product pages</h3>
      <p class="note">
        What search engines read: written from what your rules decide for a change of mind (the shortest window where windows differ). It says less than the
        policy file.
      </p>
      <Copyable id="json-ld-snippet" label="JSON-LD" text={jsonLd.value} />
      <h3>What a shopper downloads</h3>
      {size.value ? (
        <table class="sizes">
          <caption>A full conversation in English with this policy (gzip, each file compressed as it is served)</caption>
          <thead>
            <tr>
              <th scope="col">what</th>
              <th scope="col">raw</th>
              <th scope="col">gzip</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">the widget ({size.value.files.length} files)</th>
              <td>{kb(size.value.raw)}</td>
              <td>{kb(size.value.gzip)}</td>
            </tr>
            <tr>
              <th scope="row">this policy, in the page</th>
              <td>{kb(size.value.policyRaw)}</td>
              <td>{kb(size.value.policyGzip)}</td>
            </tr>
            <tr>
              <th scope="row">total</th>
              <td>{kb(size.value.raw + size.value.policyRaw)}</td>
              <td>{kb(size.value.gzip + size.value.policyGzip)}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p class="note">{widgetBuilt ? 'Measuring…' : 'Not measured: the widget build is not part of this copy of the studio.'}</p>
      )}
      <p class="note">
        Measured here from the built files with the browser’s gzip; a CDN serving brotli sends about a tenth less. Only the launcher (the eager script) loads
        with the page; the rest loads on the shopper’s first hover, focus or click.
      </p>
    </div>
  );
}
