/** The studio: start, edit and check on the left; preview, questions, scenarios, publish and coverage on the right. */
import { CoverageView } from './coverage-view.tsx';
import { EditorPane } from './editor-pane.tsx';
import { FormView } from './form-view.tsx';
import { Preview } from './preview.tsx';
import { Publish } from './publish.tsx';
import { Questions } from './questions.tsx';
import { Scenarios } from './scenarios.tsx';
import { StartMenu } from './start-menu.tsx';
import { draftStatus, origin } from './state.ts';
import { Tabs } from './tabs.tsx';

const TABS = [
  { id: 'preview', label: 'Preview', render: () => <Preview /> },
  { id: 'form', label: 'Form', render: () => <FormView /> },
  { id: 'questions', label: 'Questions', render: () => <Questions /> },
  { id: 'scenarios', label: 'Scenarios', render: () => <Scenarios /> },
  { id: 'publish', label: 'Publish', render: () => <Publish /> },
  { id: 'coverage', label: 'Coverage', render: () => <CoverageView /> },
];

export function App() {
  return (
    <>
      <header class="bar">
        <h1>Policy studio</h1>
        <p>
          Write your return policy as data, check it against your shoppers’ cases, preview it, and publish it. Nothing leaves this browser. The format is
          described in <code>docs/policy-format.md</code>; hover a field in the editor for its line of help.
        </p>
        <p role="status" class="draft">
          {origin.value ? `Working on: ${origin.value}. ` : ''}
          {draftStatus.value}
        </p>
      </header>
      <main class="studio">
        <div class="left">
          <StartMenu />
          <EditorPane />
        </div>
        <section class="right" aria-label="Check and publish">
          <Tabs label="Check and publish" tabs={TABS} />
        </section>
      </main>
    </>
  );
}
