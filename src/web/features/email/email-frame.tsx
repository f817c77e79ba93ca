/**
 * Rendered email HTML in a fully sandboxed iframe (no scripts, no same-origin, no forms): whatever a template or
 * a contact's data contains can't run in Lowboy's page.
 */
export function EmailFrame({ html, title, height = 420 }: { html: string; title: string; height?: number }) {
  return (
    <iframe
      title={title}
      sandbox=""
      srcDoc={html}
      style={{
        width: '100%',
        height,
        border: 0,
        display: 'block',
        background: 'white',
        borderRadius: 'var(--mantine-radius-sm)',
      }}
    />
  );
}
