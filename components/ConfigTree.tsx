import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { isSecretKey, MASK } from '@/lib/secret-keys';

interface NodeProps {
  value: unknown;
  secret: boolean;
}

function SecretValue({ text }: { text: string }) {
  const [shown, setShown] = useState(false);

  return (
    <span class="secret">
      <code data-testid="secret-value">{shown ? text : MASK}</code>{' '}
      <button
        type="button"
        class="link"
        aria-pressed={shown}
        onClick={() => setShown(!shown)}
      >
        {shown ? t('secretHide') : t('secretReveal')}
      </button>
    </span>
  );
}

function ConfigNode({ value, secret }: NodeProps) {
  if (Array.isArray(value)) {
    if (value.length === 0) {
      return <span class="muted">{t('configEmptyList')}</span>;
    }

    return (
      <ol class="tree">
        {value.map((item, index) => (
          <li key={index}>
            <ConfigNode value={item} secret={secret} />
          </li>
        ))}
      </ol>
    );
  }

  if (value !== null && typeof value === 'object') {
    return <ConfigEntries entries={Object.entries(value)} secret={secret} />;
  }

  const text = value === null || value === undefined ? '—' : String(value);
  if (secret && text !== '—') return <SecretValue text={text} />;

  return <code>{text}</code>;
}

function ConfigEntries(props: {
  entries: [string, unknown][];
  secret: boolean;
}) {
  if (props.entries.length === 0) {
    return <span class="muted">{t('configEmpty')}</span>;
  }

  return (
    <dl class="tree">
      {props.entries.map(([key, value]) => (
        <div key={key} class="tree-row">
          <dt>{key}</dt>
          <dd>
            <ConfigNode
              value={value}
              secret={props.secret || isSecretKey(key)}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The installation's configuration as a readable tree. Values under
 * secret-looking keys, at any depth, stay masked until revealed.
 */
export function ConfigTree({ configuration }: { configuration: unknown }) {
  return (
    <div data-testid="config-tree">
      {configuration === null || configuration === undefined ? (
        <span class="muted">{t('configNone')}</span>
      ) : (
        <ConfigNode value={configuration} secret={false} />
      )}
    </div>
  );
}
