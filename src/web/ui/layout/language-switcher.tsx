import { Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOCALES, localeSchema } from '../../../shared/locales.ts';
import { applyLocale, LOCALE_NAMES } from '../i18n.ts';
import { toLocale } from '../lib/use-formatters.ts';
import { useSession, useUpdateProfile } from '../session/session.queries.ts';

/** Changes the language at once; for a signed-in user it is also saved to the profile. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const updateProfile = useUpdateProfile();
  const current = toLocale(i18n.language);

  const choose = (value: string) => {
    const parsed = localeSchema.safeParse(value);
    if (!parsed.success) return;
    void applyLocale(parsed.data);
    if (session.data && session.data.user.locale !== parsed.data) updateProfile.mutate({ locale: parsed.data });
  };

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconLanguage size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          px="xs"
          data-testid="language-switcher"
        >
          <VisuallyHidden>{t('language.label')}: </VisuallyHidden>
          {/* Phones show only the icon; the language name stays available to screen readers. */}
          <Text component="span" inherit lang={current} visibleFrom="sm">
            {LOCALE_NAMES[current]}
          </Text>
          <VisuallyHidden hiddenFrom="sm" lang={current}>
            {LOCALE_NAMES[current]}
          </VisuallyHidden>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.RadioGroup value={current} onChange={choose}>
          {LOCALES.map((locale) => (
            <Menu.RadioItem key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </Menu.RadioItem>
          ))}
        </Menu.RadioGroup>
      </Menu.Dropdown>
    </Menu>
  );
}
