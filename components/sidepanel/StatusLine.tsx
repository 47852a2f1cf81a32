import type { ReadEvent } from '@/utils/db/readLog';
import { agoText, useI18n } from '../common/i18n';

export function StatusLine({ event }: { event: ReadEvent | undefined }) {
  const { t } = useI18n();
  if (!event)
    return (
      <p className="status" role="status" data-testid="status-line">
        {t('status.none')}
      </p>
    );
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
