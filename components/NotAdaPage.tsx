import { useState } from 'preact/hooks';
import { readDashboardPage } from '@/lib/dashboard-page';
import { messageAround, t } from '@/lib/i18n';

/** Off Ada pages: what the extension needs, and a way to name a page. */
export function NotAdaPage({ onPick }: { onPick: (url: string) => void }) {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [before, after] = messageAround('notAdaIntro');

  return (
    <section class="card" data-testid="not-ada-page">
      <h1>{t('extName')}</h1>
      <p>
        {before}
        <code>
          https://&lt;handle&gt;.ada.support/platform/integrations/&lt;id&gt;
        </code>
        {after}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const url = value.trim();
          const ok = readDashboardPage(url) !== undefined;
          setInvalid(!ok);
          if (ok) onPick(url);
        }}
      >
        <label>
          {t('dashboardUrl')}
          <input
            name="dashboard-url"
            type="url"
            placeholder="https://acme.ada.support/platform/integrations/…"
            aria-invalid={invalid}
            value={value}
            onInput={(event) => setValue(event.currentTarget.value)}
          />
        </label>
        {invalid ? (
          <p class="field-error" role="alert">
            {t('notAdaInvalid')}
          </p>
        ) : null}
        <button type="submit">{t('open')}</button>
      </form>
    </section>
  );
}
