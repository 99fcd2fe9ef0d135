import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } from 'chart.js';

Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip);

export interface ConceptChartData {
  /** One short label per concept ("C5"), and its full name for the tooltip. */
  readonly labels: readonly string[];
  readonly names: readonly string[];
  /** 0–100, or null when the concept was not assessed (skipped, so it never looks like a zero). */
  readonly grades: readonly (number | null)[];
  readonly notAssessed: string;
}

/** Draws the 13-concept radar chart; returns a function that removes it. */
export function drawConceptChart(canvas: HTMLCanvasElement, data: ConceptChartData): () => void {
  const chart = new Chart(canvas, {
    type: 'radar',
    data: {
      labels: data.labels.map((label, i) => (data.grades[i] === null ? `${label} —` : label)),
      datasets: [
        {
          data: data.grades.map((g) => g),
          spanGaps: true,
          fill: true,
          backgroundColor: 'rgba(37, 99, 235, 0.18)',
          borderColor: 'rgb(37, 99, 235)',
          pointBackgroundColor: data.grades.map((g) => (g === null ? 'transparent' : g >= 70 ? '#15803d' : g >= 40 ? '#b45309' : '#b91c1c')),
          pointRadius: 4,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => {
              const i = items[0]?.dataIndex ?? 0;
              return `${data.labels[i]} ${data.names[i]}`;
            },
            label: (item) => (data.grades[item.dataIndex] === null ? data.notAssessed : `${item.formattedValue}`),
          },
        },
      },
      scales: {
        r: {
          min: 0,
          max: 100,
          // The outer ring needs no "100": the C1 point sits on it and would hide it.
          ticks: { stepSize: 25, backdropColor: 'transparent', color: '#64748b', callback: (value) => (value === 100 ? '' : `${value}`) },
          pointLabels: { font: { size: 13, weight: 'bold' }, color: '#334155' },
          grid: { color: '#e2e8f0' },
        },
      },
    },
  });
  return () => chart.destroy();
}
