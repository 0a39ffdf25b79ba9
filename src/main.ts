import { mount } from 'svelte';
import App from './ui/App.svelte';
import { engine } from './ui/lab.svelte';
import './ui/app.css';
import { openResultStore } from './query/result-store';

// DuckDB takes most of a second to start, and the kept panel results' database hundreds of
// milliseconds to open: begin both before the interface is built.
openResultStore();
void engine.start().catch(() => undefined);

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
export default mount(App, { target });
