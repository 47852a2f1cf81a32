import { useState } from 'react';
import type { ReadEvent } from '@/utils/db/readLog';
import type { PageKind } from '@/utils/types';
import { agoText, useI18n } from '../../components/i18n';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * "Copy a redacted sample" of a read that failed: the structure of what could
 * not be read, every value hidden (utils/redact), for the seller's bug report.
 * Where the clipboard is refused, the sample shows selected so the seller can
 * copy it by hand.
 */
function SampleCopy({ sample }: { sample: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>('idle');
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(sample);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="status-sample small">
      <button
        type="button"
        data-testid="copy-sample"
        aria-describedby="copy-sample-hint"
        onClick={() => void onCopy()}
      >
        {t('status.copySample')}
      </button>{' '}
      <span id="copy-sample-hint" className="muted">
        {t('status.copySampleHint')}
      </span>
      <span role="status" data-testid="copy-sample-result">
        {state === 'copied' && t('status.sampleCopied')}
        {state === 'failed' && t('status.sampleCopyFailed')}
      </span>
      {state === 'failed' && (
        <textarea
          readOnly
          value={sample}
          rows={6}
          aria-label={t('status.copySample')}
          data-testid="copy-sample-text"
          ref={(el) => el?.select()}
        />
      )}
    </div>
  );
}

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
  const line = (
    <p
      className={failed ? 'status status-warn' : 'status'}
      role="status"
      data-testid="status-line"
      data-status={event.status}
    >
      {text}
    </p>
  );
  if (!failed || !event.sample) return line;
  return (
    <div className="status-block">
      {line}
      {/* A new failure starts with a fresh button. */}
      <SampleCopy key={event.at} sample={event.sample} />
    </div>
  );
}
