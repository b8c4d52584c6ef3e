import { t } from '@/lib/i18n';

/** What the overview says before any token is stored: where one comes from. */
export function OverviewEmpty({ onAddToken }: { onAddToken: () => void }) {
  return (
    <section data-testid="overview-empty">
      <p>{t('overviewEmptyTitle')}</p>
      <p class="muted">{t('overviewEmptyExplain')}</p>
      <p>
        <a href="https://docs.ada.cx/" target="_blank" rel="noopener">
          {t('overviewDocsLink')}
        </a>
      </p>
      <button type="button" class="primary" onClick={onAddToken}>
        {t('addToken')}
      </button>
    </section>
  );
}
