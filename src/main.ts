import { mount } from 'svelte';
import App from './ui/App.svelte';
import { engine } from './ui/lab.svelte';
import './ui/app.css';

// DuckDB takes most of a second to start: begin before the interface is built.
void engine.start().catch(() => undefined);

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
export default mount(App, { target });
