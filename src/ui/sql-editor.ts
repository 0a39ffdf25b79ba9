/**
 * The SQL editor: CodeMirror 6 with SQL highlighting and completion of the lab's table and column
 * names. Loaded lazily (~150 KB) the first time an editor is shown; the plain textarea is used
 * until then, and if loading fails.
 */
import type { Schema } from '../panel/params';

export interface SqlEditorHandle {
  setValue(text: string): void;
  setSchema(schema: Schema): void;
  focus(): void;
  destroy(): void;
}

export async function createSqlEditor(options: {
  parent: HTMLElement;
  value: string;
  label: string;
  schema: Schema;
  onChange: (text: string) => void;
  onRun: () => void;
}): Promise<SqlEditorHandle> {
  const [view, state, language, commands, autocomplete, search, lang] = await Promise.all([
    import('@codemirror/view'),
    import('@codemirror/state'),
    import('@codemirror/language'),
    import('@codemirror/commands'),
    import('@codemirror/autocomplete'),
    import('@codemirror/search'),
    import('@codemirror/lang-sql'),
  ]);
  const schemaCompartment = new state.Compartment();
  const sqlFor = (s: Schema) =>
    lang.sql({
      dialect: lang.PostgreSQL,
      schema: Object.fromEntries(
        Object.entries(s.tables).map(([table, columns]) => [table, columns.map((c) => c.name)]),
      ),
    });
  const editor = new view.EditorView({
    parent: options.parent,
    doc: options.value,
    extensions: [
      view.lineNumbers(),
      // A long line wraps inside the editor instead of widening the page.
      view.EditorView.lineWrapping,
      view.highlightActiveLine(),
      view.drawSelection(),
      commands.history(),
      language.syntaxHighlighting(language.defaultHighlightStyle, { fallback: true }),
      language.bracketMatching(),
      autocomplete.autocompletion(),
      search.highlightSelectionMatches(),
      // No auto-closing brackets: they fight pasted and typed SQL more than they help.
      view.keymap.of([
        {
          key: 'Mod-Enter',
          // Running closes an open completion list (it stayed over the result before).
          run: (target) => (autocomplete.closeCompletion(target), options.onRun(), true),
        },
        ...autocomplete.completionKeymap,
        ...commands.defaultKeymap,
        ...commands.historyKeymap,
        commands.indentWithTab,
      ]),
      schemaCompartment.of(sqlFor(options.schema)),
      view.EditorView.contentAttributes.of({
        'aria-label': options.label,
        'aria-multiline': 'true',
      }),
      view.EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange(update.state.doc.toString());
      }),
      view.EditorView.theme({
        '&': {
          fontSize: '13px',
          border: '1px solid var(--line)',
          borderRadius: '6px',
          background: 'white',
        },
        '.cm-scroller': {
          fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
          minHeight: '7em',
        },
      }),
    ],
  });
  return {
    setValue(text) {
      if (text !== editor.state.doc.toString())
        editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
    },
    setSchema(schema) {
      editor.dispatch({ effects: schemaCompartment.reconfigure(sqlFor(schema)) });
    },
    focus: () => editor.focus(),
    destroy: () => editor.destroy(),
  };
}
