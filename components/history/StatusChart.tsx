import { useId } from 'preact/hooks';
import { formatDay } from '../../lib/history/dates';
import type { StatusSnapshot } from '../../lib/model';
import { LINK_STATUSES } from '../../lib/status/mailbox-status';
import { useI18n } from '../shared/i18n-context';

const WIDTH = 300;
const HEIGHT = 120;
const AXIS = 14;
/** Stacked from the bottom: the statuses needing attention first, so they stand out. */
const ORDER = ['broken', 'half-unlinked', 'linked', 'not-linked', 'unknown'] as const;

interface Props {
  series: readonly { day: string; snapshot?: StatusSnapshot }[];
  now: string;
}

/**
 * Mailboxes per status over the last 30 days: a hand-written SVG (no chart library — nothing to
 * add to the bundle for 30 stacked bars), `role="img"` with a title and a description a screen
 * reader reads out (today's counts), and the same numbers in a table beside it.
 */
export function StatusChart({ series, now }: Props) {
  const { t } = useI18n();
  const id = useId();
  const max = Math.max(1, ...series.map((point) => point.snapshot?.total ?? 0));
  const slot = WIDTH / Math.max(1, series.length);
  const plot = HEIGHT - AXIS;
  const latest = [...series].reverse().find((point) => point.snapshot)?.snapshot;
  const describe = latest ? LINK_STATUSES.map((status) => `${t(`status.${status}`)}: ${latest.counts[status]}`).join(', ') : t('health.noHistory');
  const day = (iso: string) => formatDay(`${iso}T12:00:00`, t.locale, { now });
  return (
    <figure class="status-chart" data-testid="status-chart" data-days={series.filter((point) => point.snapshot).length}>
      {/* The section's heading shows the title; the caption names the figure for assistive tech. */}
      <figcaption class="visually-hidden">{t('health.chart.title')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} width={WIDTH * 2} height={HEIGHT * 2}>
        <title id={`${id}-title`}>{t('health.chart.title')}</title>
        <desc id={`${id}-desc`}>{`${t('health.chart.desc')} ${describe}`}</desc>
        <line x1="0" x2={WIDTH} y1={plot} y2={plot} class="status-chart__axis" stroke="currentColor" stroke-width="0.5" />
        {series.map((point, index) => {
          let y = plot;
          return (
            <g key={point.day} data-day={point.day}>
              {point.snapshot && ORDER.map((status) => {
                const height = (point.snapshot!.counts[status] / max) * (plot - 4);
                y -= height;
                return height > 0 ? <rect key={status} x={index * slot + 1} y={y} width={slot - 2} height={height} class={`bar bar--${status}`} /> : null;
              })}
            </g>
          );
        })}
        {series.length > 0 && <text x="0" y={HEIGHT - 2} font-size="8" fill="currentColor">{day(series[0]!.day)}</text>}
        {series.length > 1 && <text x={WIDTH} y={HEIGHT - 2} font-size="8" text-anchor="end" fill="currentColor">{day(series[series.length - 1]!.day)}</text>}
      </svg>
      <ul class="legend" aria-hidden="true">
        {ORDER.map((status) => <li key={status}><span class={`legend__swatch bar--${status}`} />{t(`status.${status}`)}</li>)}
      </ul>
      <details>
        <summary>{t('health.table.numbers')}</summary>
        <table data-testid="status-chart-table">
          <caption class="visually-hidden">{t('health.chart.title')}</caption>
          <thead><tr><th scope="col">{t('health.table.day')}</th>{LINK_STATUSES.map((status) => <th key={status} scope="col">{t(`status.${status}`)}</th>)}</tr></thead>
          <tbody>
            {series.filter((point) => point.snapshot).map((point) => (
              <tr key={point.day}><th scope="row">{day(point.day)}</th>{LINK_STATUSES.map((status) => <td key={status}>{point.snapshot!.counts[status]}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
