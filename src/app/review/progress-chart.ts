import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

export interface ProgressChartData {
  /** One label per run on the x axis (its date). */
  readonly runs: readonly string[];
  /** One line per concept: its grade at each run, null where that run did not assess it. */
  readonly lines: readonly { readonly label: string; readonly name: string; readonly grades: readonly (number | null)[] }[];
}

/** Draws each concept's grade across the runs; returns a function that removes the chart. */
export function drawProgressChart(canvas: HTMLCanvasElement, data: ProgressChartData): () => void {
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: [...data.runs],
      datasets: data.lines.map((line, i) => {
        const colour = `hsl(${Math.round((i * 360) / data.lines.length)}, 65%, 38%)`;
        return { label: line.label, data: [...line.grades], spanGaps: true, borderColor: colour, backgroundColor: colour, pointRadius: 3, borderWidth: 2 };
      }),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { min: 0, max: 100, ticks: { stepSize: 25 } } },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12 } },
        tooltip: { callbacks: { label: (item) => `${data.lines[item.datasetIndex]?.label} ${data.lines[item.datasetIndex]?.name}: ${item.formattedValue}` } },
      },
    },
  });
  return () => chart.destroy();
}
