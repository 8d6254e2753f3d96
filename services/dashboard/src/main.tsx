import { render } from 'preact';
import { App } from './app/app.view';

const root = document.getElementById('app');
if (root !== null) render(<App />, root);
