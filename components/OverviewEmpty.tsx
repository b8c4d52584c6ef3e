/** What the overview says before any token is stored: where one comes from. */
export function OverviewEmpty({ onAddToken }: { onAddToken: () => void }) {
  return (
    <section data-testid="overview-empty">
      <p>No installation tokens yet.</p>
      <p class="muted">
        An installation token is the access token your server receives from
        Ada’s OAuth token exchange after a customer installs your integration.
        It lasts one hour.
      </p>
      <p>
        <a href="https://docs.ada.cx/" target="_blank" rel="noopener">
          Ada’s developer docs: Integrations
        </a>
      </p>
      <button type="button" class="primary" onClick={onAddToken}>
        Add a token
      </button>
    </section>
  );
}
