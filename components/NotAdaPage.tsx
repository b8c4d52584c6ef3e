import { useState } from 'preact/hooks';
import { readDashboardPage } from '@/lib/dashboard-page';

/** Off Ada pages: what the extension needs, and a way to name a page. */
export function NotAdaPage({ onPick }: { onPick: (url: string) => void }) {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);

  return (
    <section class="card" data-testid="not-ada-page">
      <p>
        This tab is not an Ada dashboard integration page. Open{' '}
        <code>
          https://&lt;handle&gt;.ada.support/platform/integrations/&lt;id&gt;
        </code>{' '}
        or paste such a URL here.
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
          Dashboard URL
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
            That is not an Ada integration page URL.
          </p>
        ) : null}
        <button type="submit">Open</button>
      </form>
    </section>
  );
}
