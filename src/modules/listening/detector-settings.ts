import { defaultSpikeSettings, type SpikeSettings } from './spikes/index.ts';
import type { Sensitivity } from './types.ts';

/** How far from normal a series must go, per sensitivity: bar in sigmas and over daily peaks. */
const bars: Record<Sensitivity, { threshold: number; peakRatio: number }> = {
  low: { threshold: 5, peakRatio: 2.5 },
  medium: { threshold: 4, peakRatio: 2 },
  high: { threshold: 3, peakRatio: 1.4 },
};

export function spikeSettingsFor(
  rule: {
    sensitivity: string;
    minVolume: number;
    cooldownHours: number;
  } | null,
): SpikeSettings {
  if (!rule) return defaultSpikeSettings;
  const bar = bars[rule.sensitivity as Sensitivity] ?? bars.medium;
  return { ...defaultSpikeSettings, ...bar, minVolume: rule.minVolume, cooldownHours: rule.cooldownHours };
}
