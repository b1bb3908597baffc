import { NumberInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type ResponseTimeInputProps = { hours: number | null; onChange: (hours: number | null) => void };

/**
 * The promised answer time in hours; empty means no promise. Zero is not a promise the schema
 * accepts, so it is explained here and not sent, and the last saved value stays.
 */
export function ResponseTimeInput({ hours, onChange }: ResponseTimeInputProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<string | number>(hours ?? '');
  const [invalid, setInvalid] = useState(false);
  const [synced, setSynced] = useState(hours);
  // A reload after a colleague's change brings a new value in from outside; the box follows it.
  if (hours !== synced) {
    setSynced(hours);
    if (Number(shown === '' ? Number.NaN : shown) !== hours) {
      setShown(hours ?? '');
      setInvalid(false);
    }
  }

  return (
    <NumberInput
      label={t('strategy.voice.responseTime.label')}
      description={t('strategy.voice.responseTime.help')}
      suffix={` ${t('strategy.voice.responseTime.unit')}`}
      min={0}
      allowNegative={false}
      decimalScale={1}
      maw={320}
      value={shown}
      error={invalid ? t('strategy.voice.responseTime.positive') : undefined}
      onChange={(value) => {
        setShown(value);
        if (value === '') {
          setInvalid(false);
          onChange(null);
          return;
        }
        const number = typeof value === 'number' ? value : Number(value);
        const ok = Number.isFinite(number) && number > 0;
        setInvalid(!ok);
        if (ok) onChange(number);
      }}
    />
  );
}
