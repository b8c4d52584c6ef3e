import { useState } from 'preact/hooks';
import type { Failure } from '@/lib/failure';
import { t, uiLanguage } from '@/lib/i18n';
import type { TokenOwner } from '@/lib/installation';
import type { TokenSummary } from '@/lib/token-vault';

interface Props {
  entry: TokenSummary;
  onTest: () => Promise<
    { ok: true; value: TokenOwner } | { ok: false; failure: Failure }
  >;
  onReplace: (token: string) => Promise<void>;
  onRemove: () => Promise<void>;
}

/** One stored token: where it is used, and what can be done with it. */
export function TokenRow({ entry, onTest, onReplace, onRemove }: Props) {
  const [result, setResult] = useState<string>();
  const [replacing, setReplacing] = useState(false);
  const [value, setValue] = useState('');

  const test = async () => {
    setResult(t('testing'));
    const answer = await onTest();
    setResult(
      answer.ok
        ? t('tokenBelongsTo', [
            answer.value.platform_integration_installation_id ?? '?',
            answer.value.client_handle ?? '?',
          ])
        : `${answer.failure.message} ${answer.failure.nextStep}`,
    );
  };

  return (
    <tr data-testid="token-row" data-host={entry.host}>
      <td>{entry.host}</td>
      <td>
        <code>{entry.integrationId}</code>
      </td>
      <td>
        <code>{entry.preview}</code>
      </td>
      <td>{new Date(entry.addedAt).toLocaleString(uiLanguage())}</td>
      <td>
        <button type="button" onClick={() => void test()}>
          {t('test')}
        </button>{' '}
        <button type="button" onClick={() => setReplacing(!replacing)}>
          {t('replace')}
        </button>{' '}
        <button type="button" onClick={() => void onRemove()}>
          {t('remove')}
        </button>
        {replacing ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void onReplace(value).then(() => setReplacing(false));
            }}
          >
            <label>
              {t('newToken')}
              <input
                name="replacement"
                type="password"
                autocomplete="off"
                value={value}
                onInput={(event) => setValue(event.currentTarget.value)}
              />
            </label>
            <button type="submit">{t('save')}</button>
          </form>
        ) : null}
        {result ? (
          <p role="status" data-testid="test-result">
            {result}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
