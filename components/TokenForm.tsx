import { useState } from 'preact/hooks';

interface Props {
  host: string;
  busy: boolean;
  onSave: (token: string) => void;
  label?: string;
}

/** Where a partner pastes an installation access token. */
export function TokenForm({ host, busy, onSave, label = 'Save token' }: Props) {
  const [value, setValue] = useState('');

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
        Access token for this installation on <strong>{host}</strong>
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
      <p class="muted">
        Your server receives it from Ada’s OAuth token exchange after the
        install. It is kept in this browser only and sent only to {host}.
      </p>
      <button type="submit" class="primary" disabled={busy || !value.trim()}>
        {busy ? 'Saving…' : label}
      </button>
    </form>
  );
}
