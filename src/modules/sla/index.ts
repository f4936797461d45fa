// The SLA maths, pure: calendars, clocks, plans (what to do when) and rota coverage. The inbox stores and acts.
export {
  addBusinessMinutes,
  businessMsBetween,
  isOpen,
  nextOpening,
  openSpans,
  type BusinessCalendar,
  type OpeningInterval,
  type Span,
} from './business-hours.ts';
export {
  pausedSpans,
  slaClocks,
  type Clock,
  type ClockEvent,
  type Metric,
  type SlaTargets,
} from './due-times.ts';
export {
  momentKey,
  slaPlan,
  type EscalationRule,
  type SlaMoment,
  type SlaPlan,
  type SlaPolicyShape,
} from './plan.ts';
export { coverageGaps, onDuty, quantile, type Shift } from './coverage.ts';
