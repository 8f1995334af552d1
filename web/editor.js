// web/editor.js: the code editor, CodeMirror 6 with Python.
//
// basicSetup brings line numbers, undo history, bracket matching and closing, auto-indent, search
// and folding; @codemirror/lang-python the highlighting and Python's indentation rules. Tab
// indents (Escape, then Tab, moves the focus on, as CodeMirror documents for keyboard users).
// The theme follows the system's light or dark preference, also when it changes.
import { indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { Compartment, EditorSelection, Prec } from '@codemirror/state';
import { oneDark } from '@codemirror/theme-one-dark';
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';

const darkQuery = globalThis.matchMedia?.('(prefers-color-scheme: dark)');

// Creates the editor in `parent`. onRun() is called for Ctrl/Cmd+Enter, onChange(code) after edits.
export function createEditor(parent, { doc = '', onRun, onChange, label = 'Code' } = {}) {
  const theme = new Compartment();
  const themeFor = (dark) => (dark ? oneDark : []);
  const view = new EditorView({
    parent,
    doc,
    extensions: [
      basicSetup,
      python(),
      keymap.of([indentWithTab]),
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-Enter',
            run: () => {
              onRun?.();
              return true;
            },
          },
        ]),
      ),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) onChange?.(update.state.doc.toString());
      }),
      EditorView.contentAttributes.of({ 'aria-label': label }),
      theme.of(themeFor(darkQuery?.matches)),
    ],
  });
  darkQuery?.addEventListener('change', (event) => {
    view.dispatch({ effects: theme.reconfigure(themeFor(event.matches)) });
  });

  return {
    view,
    get code() {
      return view.state.doc.toString();
    },
    // Replaces the whole text (one undoable change) and puts the cursor at the start.
    setCode(code) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: code },
        selection: EditorSelection.cursor(0),
        scrollIntoView: true,
      });
    },
    // Selects line `number` (1-based), scrolls it into view and focuses the editor.
    goToLine(number, column = 0) {
      const doc = view.state.doc;
      const line = doc.line(Math.min(Math.max(1, number), doc.lines));
      const from = line.from + Math.min(column, line.length);
      view.dispatch({
        selection: EditorSelection.range(from, line.to),
        effects: EditorView.scrollIntoView(from, { y: 'center' }),
      });
      view.focus();
    },
    focus() {
      view.focus();
    },
  };
}
