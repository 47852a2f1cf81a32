import type { ReadEvent } from '@/utils/db/readLog';
import type { PageKind } from '@/utils/types';
import { agoText, useI18n } from '../common/i18n';

/**
 * The status line of a side-panel tab. `tabPages` names the console pages the
 * tab draws on, so a tab with no read of its own says which page to open
 * instead of "nothing read" when other pages have been read.
 */
export function StatusLine({
  event,
  anyRead = false,
  tabPages = [],
}: {
  event: ReadEvent | undefined;
  anyRead?: boolean;
  tabPages?: readonly PageKind[];
}) {
  const { t, lang } = useI18n();
  if (!event) {
    const pages = tabPages.map((k) => t(`pageKind.${k}`)).join(lang === 'zh-CN' ? '、' : ', ');
    return (
      <p className="status" role="status" data-testid="status-line">
        {anyRead && pages ? t('status.noneForTab', { pages }) : t('status.none')}
      </p>
    );
  }
  const page = event.pageKind ? t(`pageKind.${event.pageKind}`) : '';
  const ago = agoText(t, event.at);
  let text: string;
  switch (event.status) {
    case 'ok':
      text =
        event.pageKind === 'productList' || event.pageKind === 'productRank'
          ? t('status.okProducts', { count: event.rowCount ?? 0, page, ago })
          : t('status.ok', { count: event.rowCount ?? 0, page, ago });
      break;
    case 'duplicate':
      text = t('status.duplicate', { page, ago });
      break;
    case 'unrecognized':
    case 'blocked':
    case 'empty':
    case 'invalid':
      text = t(`status.${event.status}`, { reason: event.reason ?? '' });
      break;
  }
  const failed = event.status !== 'ok' && event.status !== 'duplicate';
  return (
    <p
      className={failed ? 'status status-warn' : 'status'}
      role="status"
      data-testid="status-line"
      data-status={event.status}
    >
      {text}
    </p>
  );
}
