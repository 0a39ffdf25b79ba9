import { mount } from 'svelte';
import App from './ui/App.svelte';
import { engine } from './ui/lab.svelte';
import './ui/app.css';
import { openResultStore } from './query/result-store';
import { registerOffline } from './ui/offline.svelte';

// DuckDB takes most of a second to start, and the kept panel results' database hundreds of
// milliseconds to open: begin both before the interface is built.
openResultStore();
// The offline service worker once the engine is up (its precache then finds DuckDB's wasm in the
// browser's cache), or failed to start (the lab's own files are worth keeping either way).
void engine
  .start()
  .catch(() => undefined)
  .then(registerOffline)
  .catch(() => undefined);

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
export default mount(App, { target });
