import { useState } from 'preact/hooks';
import { messageAround, t } from '@/lib/i18n';

interface Props {
  host: string;
  busy: boolean;
  onSave: (token: string) => void;
  label?: string;
}

/** Where a partner pastes an installation access token. */
export function TokenForm({ host, busy, onSave, label }: Props) {
  const [value, setValue] = useState('');
  const [before, after] = messageAround('tokenFormLabel');

  return (
    <form
      class="token-form"
      data-testid="token-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(value);
      }}
    >
      <label>
        {before}
        <strong>{host}</strong>
        {after}
        <input
          name="token"
          type="password"
          autocomplete="off"
          spellcheck={false}
          required
          value={value}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
      </label>
      <p class="muted">{t('tokenFormHint', host)}</p>
      <button type="submit" class="primary" disabled={busy || !value.trim()}>
        {busy ? t('saving') : (label ?? t('saveToken'))}
      </button>
    </form>
  );
}
