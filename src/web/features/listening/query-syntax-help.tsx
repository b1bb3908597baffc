import { Accordion, Code, Table, Text } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Queries as the teams in Thailand, Taiwan and Hong Kong would write them; only the explanations are translated. */
const EXAMPLES = [
  { query: '"บ้านดอย" OR @baandoi', key: 'phraseOrHandle' },
  { query: '咖啡 AND (好喝 OR 推薦) NOT 廣告', key: 'groups' },
  { query: 'กาแฟ ดอยช้าง', key: 'implicitAnd' },
  { query: '#กาแฟดริป -โฆษณา', key: 'hashtagMinus' },
  { query: '「手沖咖啡」 lang:zh-Hant', key: 'language' },
  { query: 'บ้านดอย lang:th', key: 'languageThai' },
  { query: '@baandoi source:mastodon', key: 'source' },
] as const;

/** A compact reminder of the query language, folded away until asked for. */
export function QuerySyntaxHelp() {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained" chevronPosition="left">
      <Accordion.Item value="syntax">
        <Accordion.Control icon={<IconHelpCircle size={18} aria-hidden />}>{t('listening.query.help.title')}</Accordion.Control>
        <Accordion.Panel>
          <Text size="sm" mb="xs">
            {t('listening.query.help.intro')}
          </Text>
          <Table withRowBorders={false} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('listening.query.help.example')}</Table.Th>
                <Table.Th scope="col">{t('listening.query.help.meaning')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {EXAMPLES.map((example) => (
                <Table.Tr key={example.key}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Code>{example.query}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`listening.query.help.examples.${example.key}`)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm" c="dimmed" mt="xs">
            {t('listening.query.help.filters')}
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
