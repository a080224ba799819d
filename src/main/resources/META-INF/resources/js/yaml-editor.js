// The YAML page's code editor: CodeMirror 6 (npm packages; this file is served through /modules) with line numbers,
// YAML highlighting and the page's problems marked in the gutter. The textarea stays the form field, so the page
// works the same without this script. The editor lives in a shadow root, where its styles are constructed style
// sheets that the page's style policy (no inline styles) allows.
import { basicSetup, EditorView } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics } from '@codemirror/lint';

const textarea = document.getElementById('yaml');
if (textarea) {
  const readOnly = textarea.hasAttribute('readonly');
  const host = document.createElement('div');
  host.id = 'yaml-code';
  textarea.insertAdjacentElement('afterend', host);
  const shadow = host.attachShadow({ mode: 'open' });
  const view = new EditorView({
    root: shadow,
    parent: shadow,
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        basicSetup,
        yaml(),
        lintGutter(),
        EditorView.theme({
          '&': { fontSize: '0.9rem', backgroundColor: '#fff' },
          '.cm-scroller': { minHeight: '30rem', maxHeight: '75vh', fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }
        }),
        EditorState.readOnly.of(readOnly),
        EditorView.contentAttributes.of({ 'aria-label': 'Rubric YAML', 'aria-describedby': 'yaml-help' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            textarea.value = update.state.doc.toString();
          }
        })
      ]
    })
  });
  textarea.hidden = true;

  const items = Array.from(document.querySelectorAll('#yaml-problems li[data-line]'));
  const diagnostics = [];
  items.forEach((item) => {
    const number = Number(item.getAttribute('data-line'));
    const line = view.state.doc.line(Math.min(Math.max(number, 1), view.state.doc.lines));
    const text = item.textContent.replace(/\s+/g, ' ').trim();
    diagnostics.push({ from: line.from, to: line.to, severity: 'error', message: text });
    const link = item.querySelector('a');
    if (link && number > 0) {
      link.addEventListener('click', (event) => {
        event.preventDefault();
        view.dispatch({ selection: { anchor: line.from }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
        view.focus();
      });
    }
  });
  view.dispatch(setDiagnostics(view.state, diagnostics));

  const form = textarea.form;
  if (form) {
    form.addEventListener('submit', () => {
      textarea.value = view.state.doc.toString();
    });
  }
}
