import { Grid, NumberInput, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../../shared/locales.ts';
import type { Money } from '../../../shared/strategy/strategy-common.schemas.ts';
import { toLocale } from '../../ui/lib/use-formatters.ts';
import { toNumberOrNull } from './use-strategy-labels.ts';

/** Every ISO 4217 code the browser knows, named in the reader's language ("THB · Thai baht"). */
function useCurrencyOptions(current: string) {
  const { i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  return useMemo(() => {
    const names = new Intl.DisplayNames(intlLocale(locale), { type: 'currency' });
    const codes = Intl.supportedValuesOf('currency');
    // A code saved elsewhere (an import, an older browser) must still show, not vanish from the field.
    const all = codes.includes(current) ? codes : [current, ...codes];
    return all.map((code) => ({ value: code, label: `${code} · ${names.of(code) ?? code}` }));
  }, [locale, current]);
}

type MoneyInputProps = { label: string; description: string; currencyLabel: string; value: Money; onChange: (money: Money) => void };

/** An amount and its currency; an empty amount means "not decided yet", while 0 is a real answer. */
export function MoneyInput({ label, description, currencyLabel, value, onChange }: MoneyInputProps) {
  const currencies = useCurrencyOptions(value.currency);
  return (
    <Grid gap="sm" align="flex-start">
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <NumberInput
          label={label}
          description={description}
          min={0}
          allowNegative={false}
          decimalScale={2}
          thousandSeparator
          value={value.amount ?? ''}
          onChange={(amount) => onChange({ ...value, amount: toNumberOrNull(amount) })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <Select
          label={currencyLabel}
          data={currencies}
          value={value.currency}
          searchable
          allowDeselect={false}
          onChange={(currency) => currency && onChange({ ...value, currency })}
        />
      </Grid.Col>
    </Grid>
  );
}
