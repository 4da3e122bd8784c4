// Entry point: mount the app and register the service worker (production only).
import { render } from 'preact';
import { App } from './app/App';
import { LangProvider } from './app/lang';
import { registerServiceWorker } from './app/sw-update';
import './styles.css';

const root = document.getElementById('app');
if (root) {
  render(
    <LangProvider>
      <App />
    </LangProvider>,
    root,
  );
}
registerServiceWorker();
