// Build time only: the page a web server answers for an address the tool does not have (see
// deploy/nginx.conf), so a mistyped link gets a plain page with 911 on it, not the app.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import outcome from '../../locales/en/outcome.json';
import { EmergencyLine } from '../components/EmergencyLine';
import { createI18n } from '../i18n/i18n';

/** The whole page, English like the no-JavaScript list; `head` holds its stylesheet and policy tags. */
export function renderNotFoundPage(head: string): string {
  const i18n = createI18n();
  i18n.addResourceBundle('en', 'outcome', outcome);
  const t = i18n.getFixedT('en', 'outcome');
  const body = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <header className="site-header">
        <p className="app-name">{i18n.t('app.name')}</p>
        <EmergencyLine />
      </header>
      <main className="step">
        <h1>{t('notFound.title')}</h1>
        {/* The server answers this page for any address below the site, so the link is absolute. */}
        <p>
          <a href="/">{t('notFound.link')}</a>
        </p>
      </main>
    </I18nextProvider>,
  );
  return `<!doctype html><html lang="en" dir="ltr"><head><meta charset="UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="robots" content="noindex" />${head}<title>${i18n.t('app.name')}</title></head><body>${body}</body></html>`;
}
