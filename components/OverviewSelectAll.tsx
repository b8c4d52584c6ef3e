import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  /** The shown rows that can be selected. */
  keys: readonly string[];
  selected: ReadonlySet<string>;
  onSelect: (keys: readonly string[], selected: boolean) => void;
}

/** One checkbox for every shown row; mixed when only some are selected. */
export function SelectAll({ keys, selected, onSelect }: Props) {
  const box = useRef<HTMLInputElement>(null);
  const count = keys.filter((key) => selected.has(key)).length;
  const all = keys.length > 0 && count === keys.length;

  // `indeterminate` exists only as a property, not as an attribute.
  useEffect(() => {
    if (box.current) box.current.indeterminate = count > 0 && !all;
  }, [count, all]);

  return (
    <input
      ref={box}
      type="checkbox"
      name="select-all"
      aria-label={t('selectAllShown')}
      checked={all}
      disabled={keys.length === 0}
      onChange={() => onSelect(keys, !all)}
    />
  );
}
