/** The MV3 extension's learning-rate chart, an ES module the content script imports when a panel first shows a plan. */
export { drawRateChart } from '../ui/rate-chart.js';
