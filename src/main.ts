import { mount } from 'svelte';
import App from './ui/App.svelte';
import { datasets, engine } from './ui/lab.svelte';
import './ui/app.css';
import { openResultStore } from './query/result-store';
import { registerOfflineWhenIdle } from './ui/offline.svelte';

// DuckDB takes most of a second to start, and the kept panel results' database hundreds of
// milliseconds to open: begin both before the interface is built.
openResultStore();
// The offline service worker once the engine is up (or failed to start: the lab's own files are
// worth keeping either way) and the data has loaded.
void engine
  .start()
  .catch(() => undefined)
  .then(() => registerOfflineWhenIdle(() => datasets.items.some((d) => d.status === 'loading')));

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
export default mount(App, { target });
