/**
 * Copies `text`: the async clipboard first; where the page's permissions
 * refuse it, a selected textarea and execCommand('copy'); if that fails too,
 * the textarea stays selected so the seller can press Ctrl+C.
 */
export async function copyText(
  text: string,
  container: ParentNode,
  doc: Document,
): Promise<'copied' | 'manual'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    // no clipboard API or permission: fall back below
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('data-testid', 'overlay-copy-fallback');
  container.append(area);
  area.focus();
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  if (copied) area.remove();
  return copied ? 'copied' : 'manual';
}
