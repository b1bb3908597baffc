import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Every page names itself in the tab and for screen readers announcing the navigation. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const product = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${product}` : product;
  }, [title, product]);
}
