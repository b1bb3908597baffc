import { Anchor, MultiSelect, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StrategyState } from '../../../shared/api/strategy.schemas.ts';
import { SECTION_LABELS } from '../../../shared/strategy/strategy-labels.messages.ts';
import { RACI_ROLES, RACI_SECTION_KEYS, type RaciRole, type RaciSectionKey } from '../../../shared/strategy/strategy-team.schemas.ts';
import { ScrollTable } from '../../ui/components/scroll-table.tsx';
import { ALL_SECTIONS } from '../../ui/layout/sections.ts';
import { toLocale } from '../../ui/lib/use-formatters.ts';
import { useMemberOptions } from './member-options.ts';
import { SaveStatusBar } from './save-status.tsx';
import { useSectionDraft } from './use-section-draft.ts';

type Option = { value: string; label: string };

// Literal keys, so the locale test sees every one of them.
function roleTexts(t: TFunction, role: RaciRole, section: string) {
  switch (role) {
    case 'responsible':
      return { column: t('strategy.raci.responsible'), hint: t('strategy.raci.responsibleHint'), cell: t('strategy.raci.responsibleFor', { section }) };
    case 'accountable':
      return { column: t('strategy.raci.accountable'), hint: t('strategy.raci.accountableHint'), cell: t('strategy.raci.accountableFor', { section }) };
    case 'consulted':
      return { column: t('strategy.raci.consulted'), hint: t('strategy.raci.consultedHint'), cell: t('strategy.raci.consultedFor', { section }) };
    case 'informed':
      return { column: t('strategy.raci.informed'), hint: t('strategy.raci.informedHint'), cell: t('strategy.raci.informedFor', { section }) };
  }
}

function ReadOnlyCell({ names }: { names: string[] }) {
  const { t } = useTranslation();
  if (names.length > 0) return <Text size="sm">{names.join(', ')}</Text>;
  return (
    <Text size="sm" c="dimmed">
      <span aria-hidden>–</span>
      <VisuallyHidden>{t('strategy.raci.nobody')}</VisuallyHidden>
    </Text>
  );
}

const slugOf = (section: RaciSectionKey) => ALL_SECTIONS.find((item) => item.key === section)?.slug ?? section;

type RaciEditorProps = { workspaceId: string; state: StrategyState; canEdit: boolean };

/** Who does, owns, is asked about and is told about each part of the strategy: rows are sections, columns R/A/C/I. */
export function RaciEditor({ workspaceId, state, canEdit }: RaciEditorProps) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  const draft = useSectionDraft(workspaceId, 'team', state);
  const members = useMemberOptions(workspaceId);
  const { value, update } = draft;
  const known = new Set(members.map((member) => member.value));
  // Someone who left the workspace stays assigned until a person picks again; naming them keeps the cell honest.
  const optionsFor = (ids: string[]): Option[] => [
    ...members,
    ...ids.filter((id) => !known.has(id)).map((id) => ({ value: id, label: t('strategy.raci.formerMember') })),
  ];
  const names = (ids: string[]) => optionsFor(ids).filter((option) => ids.includes(option.value)).map((option) => option.label);
  const assign = (section: RaciSectionKey, role: RaciRole, ids: string[]) =>
    update((current) => ({ raci: { ...current.raci, [section]: { ...current.raci[section], [role]: ids } } }));
  const editable = canEdit && draft.status !== 'stale';

  return (
    <Stack gap="sm">
      <SaveStatusBar status={draft.status} error={draft.error} onReload={draft.reload} />
      <ScrollTable label={t('strategy.raci.title')} minWidth={880}>
        <Table withTableBorder withColumnBorders verticalSpacing="xs" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={180}>
                {t('strategy.raci.section')}
              </Table.Th>
              {RACI_ROLES.map((role) => {
                const texts = roleTexts(t, role, '');
                return (
                  <Table.Th key={role} scope="col">
                    <Text size="sm" fw={700} component="span" display="block">
                      {texts.column}
                    </Text>
                    <Text size="xs" c="dimmed" fw={400} component="span" display="block">
                      {texts.hint}
                    </Text>
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {RACI_SECTION_KEYS.map((section) => {
              const sectionLabel = SECTION_LABELS[section][locale];
              return (
                <Table.Tr key={section}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/w/${workspaceId}/${slugOf(section)}`} size="sm" fw={600}>
                      {sectionLabel}
                    </Anchor>
                  </Table.Th>
                  {RACI_ROLES.map((role) => {
                    const ids = value.raci[section][role];
                    const texts = roleTexts(t, role, sectionLabel);
                    return (
                      <Table.Td key={role}>
                        {editable ? (
                          <MultiSelect
                            size="xs"
                            aria-label={texts.cell}
                            data={optionsFor(ids)}
                            value={ids}
                            searchable
                            onChange={(next) => assign(section, role, next)}
                            // The method check warns too; saying it in the cell shows where.
                            error={role === 'accountable' && ids.length > 1 ? t('strategy.raci.oneAccountable') : undefined}
                          />
                        ) : (
                          <ReadOnlyCell names={names(ids)} />
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
