import { Radio, Select, SimpleGrid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_KEYS } from '../../../shared/strategy/strategy-channels.schemas.ts';
import { timeZoneOptions } from '../../ui/lib/time-zones.ts';
import { useListeningLabels } from './use-listening-labels.ts';

export type ImportOptionValues = { timezone: string; dateOrder: 'dmy' | 'mdy'; channel: string; encoding: string | null };

/** Encodings the teams' exports come in; the detected one is the default, these are for when detection guessed wrong. */
export const IMPORT_ENCODINGS = ['utf-8', 'windows-874', 'big5', 'gb18030', 'utf-16le', 'utf-16be'];
/** The names people know them by: Thai exports call Windows-874 "TIS-620", mainland ones call GB18030 "GBK". */
export const ENCODING_NAMES: Partial<Record<string, string>> = {
  'utf-8': 'UTF-8',
  'windows-874': 'Windows-874 / TIS-620',
  big5: 'Big5',
  gb18030: 'GB18030 / GBK',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};
const DETECTED = 'detected';

type ImportOptionsFieldsProps = { values: ImportOptionValues; detectedEncoding: string | null; onChange: (values: ImportOptionValues) => void };

/** How to read what the file leaves open: the zone of times without one, 03/04 as day or month first, the channel of rows without one. */
export function ImportOptionsFields({ values, detectedEncoding, onChange }: ImportOptionsFieldsProps) {
  const { t } = useTranslation();
  const labels = useListeningLabels();
  const zones = useMemo(() => timeZoneOptions(), []);
  const channels = useMemo(() => [...new Set<string>([...CHANNEL_KEYS, 'other'])].map((key) => ({ value: key, label: key === 'other' ? t('listening.imports.options.otherChannel') : labels.channel(key) })), [labels, t]);
  const encodings = [
    { value: DETECTED, label: t('listening.imports.options.detectedEncoding', { encoding: ENCODING_NAMES[detectedEncoding ?? 'utf-8'] ?? detectedEncoding }) },
    ...IMPORT_ENCODINGS.filter((encoding) => encoding !== detectedEncoding).map((encoding) => ({ value: encoding, label: ENCODING_NAMES[encoding] ?? encoding })),
  ];
  const set = (change: Partial<ImportOptionValues>) => onChange({ ...values, ...change });

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('listening.imports.options.timezone')}
          description={t('listening.imports.options.timezoneHelp')}
          data={zones}
          value={values.timezone}
          onChange={(value) => value && set({ timezone: value })}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <Select
          label={t('listening.imports.options.channel')}
          description={t('listening.imports.options.channelHelp')}
          data={channels}
          value={values.channel}
          onChange={(value) => value && set({ channel: value })}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
        />
        <Radio.Group
          label={t('listening.imports.options.dateOrder')}
          description={t('listening.imports.options.dateOrderHelp')}
          value={values.dateOrder}
          onChange={(value) => set({ dateOrder: value === 'mdy' ? 'mdy' : 'dmy' })}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="dmy" label={t('listening.imports.options.dmy')} />
            <Radio value="mdy" label={t('listening.imports.options.mdy')} />
          </Stack>
        </Radio.Group>
        <Select
          label={t('listening.imports.options.encoding')}
          description={t('listening.imports.options.encodingHelp')}
          data={encodings}
          value={values.encoding ?? DETECTED}
          onChange={(value) => set({ encoding: value === null || value === DETECTED ? null : value })}
          allowDeselect={false}
        />
      </SimpleGrid>
    </Stack>
  );
}
