import { useEffect, useId, useRef } from 'react';
import type { ChartOption, EChartsType } from './echarts.ts';
import { createChart } from './echarts.ts';

export interface ChartTable {
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

export interface ChartProps {
  title: string;
  /** One sentence of what the chart shows (read out with it, and shown under the title). */
  summary: string;
  option: ChartOption;
  /** The numbers behind the chart, for screen readers (the canvas itself says nothing). */
  table: ChartTable;
  testId?: string;
}

/** One ECharts canvas, described for assistive technology, with its data as a hidden table. */
export function Chart({ title, summary, option, table, testId }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const titleId = useId();
  const summaryId = useId();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = createChart(element);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <figure className="card report-chart" data-testid={testId} aria-labelledby={titleId}>
      <figcaption>
        <h3 id={titleId} className="report-chart-title">
          {title}
        </h3>
        <p id={summaryId} className="report-chart-summary">
          {summary}
        </p>
      </figcaption>
      <div
        ref={container}
        className="report-chart-canvas"
        role="img"
        aria-label={title}
        aria-describedby={summaryId}
      />
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, at) =>
                at === 0 ? (
                  <th key={at} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={at}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
