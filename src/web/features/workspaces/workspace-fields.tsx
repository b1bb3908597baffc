import { NativeSelect, Select, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/api/workspace.schemas.ts';
import { LOCALE_OPTIONS } from '../../ui/i18n.ts';
import { timeZoneOptions } from '../../ui/lib/time-zones.ts';
import type { useForm } from '../../ui/lib/use-form.ts';
import { monthName, toLocale } from '../../ui/lib/use-formatters.ts';

export type WorkspaceFormValues = {
  name: string;
  description: string;
  defaultLocale: string;
  timezone: string;
  fiscalYearStartMonth: string;
};

export function workspaceFormValues(workspace: Workspace): WorkspaceFormValues {
  return {
    name: workspace.name,
    description: workspace.description,
    defaultLocale: workspace.defaultLocale,
    timezone: workspace.timezone,
    fiscalYearStartMonth: String(workspace.fiscalYearStartMonth),
  };
}

/** Form values as the API expects them: the month travels as a number. */
export function workspaceInput<T extends WorkspaceFormValues>(values: T) {
  return { ...values, fiscalYearStartMonth: Number(values.fiscalYearStartMonth) };
}

type WorkspaceFieldsProps<T extends WorkspaceFormValues> = { form: ReturnType<typeof useForm<T>> };

/** The fields shared by "new workspace" and the workspace settings. */
export function WorkspaceFields<T extends WorkspaceFormValues>({ form }: WorkspaceFieldsProps<T>) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const months = useMemo(
    () => Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, locale) })),
    [locale],
  );

  return (
    <>
      <TextInput label={t('workspace.fields.name')} required {...form.field('name')} />
      <Textarea
        label={t('workspace.fields.description')}
        description={t('workspace.fields.descriptionHint')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.field('description')}
      />
      <NativeSelect
        label={t('workspace.fields.defaultLocale')}
        description={t('workspace.fields.defaultLocaleHint')}
        data={LOCALE_OPTIONS}
        {...form.field('defaultLocale')}
      />
      <Select
        label={t('workspace.fields.timezone')}
        description={t('workspace.fields.timezoneHint')}
        data={timeZoneOptions()}
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('common.nothingFound')}
        value={form.values.timezone}
        onChange={(value) => form.set('timezone', value ?? '')}
        error={form.errors.timezone}
        limit={100}
      />
      <NativeSelect
        label={t('workspace.fields.fiscalYearStartMonth')}
        description={t('workspace.fields.fiscalYearHint')}
        data={months}
        {...form.field('fiscalYearStartMonth')}
      />
    </>
  );
}
