/** The studio page: restores the draft (or opens the blank template), keeps drafts, renders the app. */
import { render } from 'preact';
import { App } from './app.tsx';
import { BLANK_POLICY } from './sources.ts';
import { keepDrafts, restoreDraft, savedDraft, startWith } from './state.ts';

const draft = savedDraft();
if (draft) restoreDraft(draft);
else startWith(BLANK_POLICY, 'blank');
keepDrafts();
render(<App />, document.querySelector('#studio')!);
