// Entry point: load the language's texts (Japanese is bundled; another is one small fetch), mount
// the app, and register the service worker (production only).
import { render } from 'preact';
import { loadCatalogue } from '../i18n/catalogue';
import { ja } from '../i18n/ja';
import { App } from './app/App';
import { initialLang, LangProvider } from './app/lang';
import { registerServiceWorker } from './app/sw-update';
import './styles.css';

const root = document.getElementById('app');
if (root) {
  const lang = initialLang();
  // A catalogue that cannot be fetched (offline before the service worker cached it) leaves Japanese.
  void loadCatalogue(lang)
    .catch(() => ja)
    .then((catalogue) =>
      render(
        <LangProvider initial={catalogue === ja ? 'ja' : lang} catalogue={catalogue}>
          <App />
        </LangProvider>,
        root,
      ),
    );
}
registerServiceWorker();
