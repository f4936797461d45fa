// SLA (issue 5) is being built: so far, the pure calendar and clock maths.
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
