import { Alert, Button, NativeSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type User, updateProfileInputSchema } from '../../../shared/api/auth.schemas.ts';
import { calendarSchema, formatDate, localeSchema } from '../../../shared/locales.ts';
import { ErrorAlert } from '../../ui/components/error-alert.tsx';
import { applyLocale, LOCALE_OPTIONS } from '../../ui/i18n.ts';
import { useForm } from '../../ui/lib/use-form.ts';
import { useUpdateProfile } from '../../ui/session/session.queries.ts';

/** Shows today's date as it will look, so the calendar choice is concrete before saving. */
function CalendarPreview({ locale, calendar }: { locale: string; calendar: string }) {
  const { t } = useTranslation();
  const parsedLocale = localeSchema.safeParse(locale);
  const parsedCalendar = calendarSchema.safeParse(calendar);
  if (!parsedLocale.success || !parsedCalendar.success) return null;
  return (
    <Text size="sm" aria-live="polite">
      {t('profile.preview', { date: formatDate(new Date(), parsedLocale.data, parsedCalendar.data) })}
    </Text>
  );
}

export function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const update = useUpdateProfile();
  const form = useForm({ name: user.name, locale: user.locale as string, calendar: user.calendar as string });

  const submit = form.onSubmit(updateProfileInputSchema, (input) =>
    update.mutate(input, {
      onSuccess: (saved) => void applyLocale(saved.locale),
      onError: (error) => form.showServerErrors(error),
    }),
  );

  return (
    <form onSubmit={submit} noValidate ref={form.formRef}>
      <Stack maw={480}>
        <ErrorAlert error={update.error} />
        {update.isSuccess && (
          <Alert color="teal" variant="light" icon={<IconCheck aria-hidden />} role="status">
            {t('profile.saved')}
          </Alert>
        )}
        <TextInput label={t('fields.email')} value={user.email} readOnly variant="filled" description={t('profile.emailHint')} />
        <TextInput label={t('fields.name')} autoComplete="name" required {...form.field('name')} />
        <NativeSelect label={t('profile.language')} data={LOCALE_OPTIONS} {...form.field('locale')} />
        <Radio.Group
          label={t('profile.calendar')}
          description={t('profile.calendarHint')}
          value={form.values.calendar}
          onChange={(value) => form.set('calendar', value)}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="gregory" label={t('calendars.gregory')} />
            <Radio value="buddhist" label={t('calendars.buddhist')} />
          </Stack>
        </Radio.Group>
        <CalendarPreview locale={form.values.locale} calendar={form.values.calendar} />
        <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}
