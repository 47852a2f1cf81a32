import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useRef, useState } from 'react';
import {
  backupFileName,
  deleteAllData,
  exportBackup,
  parseBackup,
  restoreBackup,
  rowCounts,
  type BackupFile,
  type Progress,
} from '@/utils/backup/backup';
import { toCsv } from '@/utils/backup/csv';
import { ALL_TABLES, getDb, type TableName } from '@/utils/db/db';
import { useSetting } from '@/hooks/useSetting';
import { useI18n } from '../../components/i18n';
import { downloadText, formatBytes } from './download';
import { NumberField } from './NumberField';

type Busy = { kind: 'export' | 'import'; progress?: Progress } | undefined;
type Notice = { tone: 'ok' | 'error'; text: string } | undefined;

/** Retention, storage used, export, import and delete all. */
export function DataSection() {
  const { t } = useI18n();
  const retention = useSetting('retentionDays');
  const counts = useLiveQuery(() => rowCounts(getDb()), []);
  const [estimate, setEstimate] = useState<StorageEstimate>();
  const [busy, setBusy] = useState<Busy>();
  const [notice, setNotice] = useState<Notice>();
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : 0;

  useEffect(() => {
    void navigator.storage?.estimate?.().then(setEstimate);
  }, [total]);

  const exportJson = async () => {
    setNotice(undefined);
    setBusy({ kind: 'export' });
    try {
      const now = new Date();
      const backup = await exportBackup(getDb(), now, (progress) =>
        setBusy({ kind: 'export', progress }),
      );
      downloadText(backupFileName(now), JSON.stringify(backup), 'application/json');
      setNotice({ tone: 'ok', text: t('backup.exported', { n: sum(backup.counts) }) });
    } catch (e) {
      setNotice({ tone: 'error', text: t('backup.failed', { reason: errorText(e) }) });
    } finally {
      setBusy(undefined);
    }
  };

  const exportCsv = async (table: TableName) => {
    const rows = await getDb().table(table).toArray();
    // The BOM makes Excel read the file as UTF-8 (Chinese titles).
    downloadText(
      `storewise-${table}-${new Date().toISOString().slice(0, 10)}.csv`,
      `\uFEFF${toCsv(rows)}`,
      'text/csv;charset=utf-8',
    );
  };

  return (
    <section aria-labelledby="data-heading" className="options-section">
      <h2 id="data-heading">{t('options.data')}</h2>
      <NumberField
        label={t('options.retention')}
        value={retention.value}
        min={1}
        max={3650}
        integer
        testId="retention"
        hint={t('options.retention.hint')}
        onCommit={(v) => retention.set(v)}
      />

      <h3>{t('options.storage')}</h3>
      <p data-testid="storage-used">
        {estimate?.usage !== undefined
          ? t('options.storage.used', {
              used: formatBytes(estimate.usage, 'en'),
              quota: formatBytes(estimate.quota ?? 0, 'en'),
            })
          : t('options.storage.unknown')}
      </p>
      {counts && total === 0 ? (
        <p className="muted" data-testid="data-empty">
          {t('options.storage.empty')}
        </p>
      ) : null}
      {counts && (
        <table className="data-table">
          <caption className="muted small">{t('options.storage.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('options.storage.table')}</th>
              <th scope="col">{t('options.storage.rows')}</th>
              <th scope="col">{t('options.storage.csv')}</th>
            </tr>
          </thead>
          <tbody>
            {ALL_TABLES.map((table) => (
              <tr key={table}>
                <th scope="row">{t(`backup.table.${table}`)}</th>
                <td data-testid={`count-${table}`}>{counts[table]}</td>
                <td>
                  <button
                    type="button"
                    disabled={counts[table] === 0}
                    aria-label={t('backup.csvOf', { table: t(`backup.table.${table}`) })}
                    onClick={() => void exportCsv(table)}
                  >
                    CSV
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>{t('backup.title')}</h3>
      <p className="muted small">{t('backup.hint')}</p>
      <div className="actions">
        <button
          type="button"
          data-testid="export"
          disabled={busy !== undefined}
          onClick={() => void exportJson()}
        >
          {t('backup.export')}
        </button>
      </div>
      <ImportBackup busy={busy} setBusy={setBusy} setNotice={setNotice} />
      {busy && <BusyLine busy={busy} />}
      {notice && (
        <p
          className={notice.tone === 'error' ? 'field-error' : 'notice-ok'}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          data-testid="data-notice"
        >
          {notice.text}
        </p>
      )}

      <DeleteAll disabled={busy !== undefined || total === 0} setNotice={setNotice} />
    </section>
  );
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const errorText = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

function BusyLine({ busy }: { busy: NonNullable<Busy> }) {
  const { t } = useI18n();
  const id = useId();
  const label = t(busy.kind === 'export' ? 'backup.exporting' : 'backup.importing');
  return (
    <div className="field" role="status">
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={busy.progress?.total ?? 1} value={busy.progress?.done ?? 0} />
      {busy.progress && (
        <span className="muted small">
          {t(`backup.table.${busy.progress.table}`)} ({busy.progress.done}/{busy.progress.total})
        </span>
      )}
    </div>
  );
}

function ImportBackup({
  busy,
  setBusy,
  setNotice,
}: {
  busy: Busy;
  setBusy: (b: Busy) => void;
  setNotice: (n: Notice) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<BackupFile>();

  const choose = async (file: File | undefined) => {
    setNotice(undefined);
    setPending(undefined);
    if (!file) return;
    setBusy({ kind: 'import' });
    try {
      const parsed = await parseBackup(await file.text());
      if (parsed.ok) setPending(parsed.backup);
      else
        setNotice({
          tone: 'error',
          text: `${t(`backup.refused.${parsed.code}`)} (${parsed.reason})`,
        });
    } finally {
      setBusy(undefined);
      if (input.current) input.current.value = '';
    }
  };

  const restore = async (backup: BackupFile) => {
    setPending(undefined);
    setBusy({ kind: 'import' });
    try {
      await restoreBackup(getDb(), backup, (progress) => setBusy({ kind: 'import', progress }));
      setNotice({ tone: 'ok', text: t('backup.restored', { n: sum(backup.counts) }) });
    } catch (e) {
      setNotice({ tone: 'error', text: t('backup.restoreFailed', { reason: errorText(e) }) });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="import">
      <div className="field">
        <label htmlFor={id}>{t('backup.import')}</label>
        <input
          id={id}
          ref={input}
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          disabled={busy !== undefined}
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {pending && (
        <div className="confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            {t('backup.confirmRestore', {
              date: new Date(pending.exportedAt).toLocaleString(lang),
              n: sum(pending.counts),
            })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="danger"
              data-testid="import-confirm"
              onClick={() => void restore(pending)}
            >
              {t('backup.restore')}
            </button>
            <button type="button" onClick={() => setPending(undefined)}>
              {t('options.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function DeleteAll({ disabled, setNotice }: { disabled: boolean; setNotice: (n: Notice) => void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const remove = async () => {
    setConfirming(false);
    try {
      await deleteAllData(getDb());
      setNotice({ tone: 'ok', text: t('options.deleteAll.done') });
    } catch (e) {
      setNotice({ tone: 'error', text: errorText(e) });
    }
  };
  return (
    <div className="delete-all">
      <h3>{t('options.deleteAll')}</h3>
      {!confirming ? (
        <button
          type="button"
          className="danger"
          data-testid="delete-all"
          disabled={disabled}
          onClick={() => setConfirming(true)}
        >
          {t('options.deleteAll')}
        </button>
      ) : (
        <div className="confirm" role="alertdialog" aria-labelledby="delete-all-question">
          <p id="delete-all-question">{t('options.deleteAll.question')}</p>
          <div className="actions">
            <button
              ref={confirmRef}
              type="button"
              className="danger"
              data-testid="delete-all-confirm"
              onClick={() => void remove()}
            >
              {t('options.deleteAll.confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('options.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
