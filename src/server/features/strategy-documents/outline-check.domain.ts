import { type Finding, SEVERITIES } from '../../../shared/strategy/strategy-check.schemas.ts';
import { formatFinding } from '../../../shared/strategy/strategy-check.messages.ts';
import type { Completeness } from '../../../shared/strategy/strategy-completeness.domain.ts';
import type { StrategyStep } from '../../../shared/strategy/strategy-steps.data.ts';
import { type Block, bullets, facts, heading, muted, table } from './outline.domain.ts';
import type { Format } from './outline-format.domain.ts';
import { SEVERITY_LABELS } from './strategy-document-values.messages.ts';

/** What the method check says about this document: how complete each step is and what to fix. */
export function checkBlocks(findings: readonly Finding[], score: Completeness, stepTitle: (step: StrategyStep) => string, f: Format): Block[] {
  return [
    facts([
      { label: f.t('overall'), value: f.percent(score.overall) },
      ...SEVERITIES.map((severity) => ({ label: f.label(SEVERITY_LABELS, severity), value: f.number(findings.filter((x) => x.severity === severity).length) })),
    ]),
    table(
      [f.t('section'), f.t('filledIn')],
      score.steps.map((s) => [stepTitle(s.step), f.percent(s.score)]),
      [false, true],
    ),
    heading(f.t('findings')),
    findings.length === 0
      ? muted(f.t('noFindings'))
      : bullets(
          findings.map((finding) => {
            const text = formatFinding(finding, f.locale);
            return { lead: `${f.label(SEVERITY_LABELS, finding.severity)} · ${stepTitle(finding.step)}`, text: `${text.message} ${f.t('howToFix')}: ${text.fix}` };
          }),
        ),
  ];
}
