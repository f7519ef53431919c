// The data check as data: `{ dataCheck: { … } }` (`journey-map datacheck
// --format json`). Counts below the suppression threshold are "<5" and their
// shares null; case ids were never kept, so none can appear.
import type { DataCheckResult } from '../analysis/datacheck/data-check.ts';
import { showValue } from '../analysis/datacheck/privacy.ts';

type Shown = number | string;

export function suppressed(n: number, threshold: number): Shown {
  return n < threshold ? `<${threshold}` : n;
}

export function dataCheckJson(result: DataCheckResult) {
  const hide = result.settings.suppressN;
  const count = (n: number) => suppressed(n, hide);
  const share = (n: number, value: number) => (n < hide ? null : value);
  return {
    dataCheck: {
      source: result.source,
      window: result.window,
      segment: result.segment,
      score: result.score,
      settings: result.settings,
      rows: result.rows,
      badRows: result.badRows,
      errors: result.errors,
      instances: count(result.instances),
      events: count(result.events),
      mappingCoverage: result.mappingCoverage,
      mapping: result.mapping.map((entry) => ({ ...entry, activity: showValue(entry.activity) })),
      touchpoints: result.touchpoints.map((metric) => ({
        ...metric,
        instances: count(metric.instances),
        coverage: share(metric.instances, metric.coverage),
        events: count(metric.events),
        channels: metric.events < hide ? [] : metric.channels,
        observed: metric.observed === null || metric.observed.n < hide ? null : metric.observed,
        words: metric.words === null || metric.words.n < hide ? null : metric.words,
      })),
      stages: result.stages.map((stage) => ({
        ...stage,
        instances: count(stage.instances),
        reach: share(stage.instances, stage.reach),
        step: stage.step === null || stage.step.n < hide ? null : stage.step,
      })),
      hidden: result.hidden,
      deviations: result.deviations.filter((deviation) => deviation.both >= hide),
      findings: result.findings.map((finding) => ({ ...finding, group: 'data' })),
      rateAs: result.rateAs,
    },
  };
}
