import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../components/i18n';

interface Props {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  /** Called with a valid number when the seller leaves the field or presses Enter. */
  onCommit: (value: number) => void | Promise<void>;
  testId?: string;
  hint?: string;
}

/** A labelled number input that saves on commit and says why a value is refused. */
export function NumberField({
  label,
  value,
  min,
  max,
  step,
  integer,
  onCommit,
  testId,
  hint,
}: Props) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string>();
  useEffect(() => setText(String(value)), [value]);

  const commit = () => {
    const n = Number(text);
    if (
      text.trim() === '' ||
      !Number.isFinite(n) ||
      n < min ||
      n > max ||
      (integer && !Number.isInteger(n))
    ) {
      setError(t('options.number.invalid', { min, max }));
      return;
    }
    setError(undefined);
    if (n !== value) void onCommit(n);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step ?? (integer ? 1 : 'any')}
        value={text}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || hint ? `${id}-note` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {(error ?? hint) && (
        <span
          id={`${id}-note`}
          className={error ? 'field-error small' : 'muted small'}
          role={error ? 'alert' : undefined}
        >
          {error ?? hint}
        </span>
      )}
    </div>
  );
}
