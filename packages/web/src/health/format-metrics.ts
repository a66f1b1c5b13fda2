import type { DiagnosticEvent } from '@fitiq/client';
import { TRANSPORT_LABEL } from '../connection/connection-label.js';

export const formatMs = (ms: number): string => {
  if (ms === 0) return '0';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
};

export const formatMaybeMs = (ms: number | null): string => (ms === null ? '–' : formatMs(ms));

export const formatRate = (perSecond: number): string =>
  perSecond === 0 ? '0' : perSecond < 10 ? `${perSecond.toFixed(1)}/s` : `${Math.round(perSecond)}/s`;

export const formatCount = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** One line of the browser's delivery log. */
export const describeDiagnostic = (event: DiagnosticEvent): string => {
  switch (event.type) {
    case 'attempt':
      return `${event.probe ? 'Probing' : 'Connecting over'} ${TRANSPORT_LABEL[event.transport]}`;
    case 'live':
      return `Ready over ${TRANSPORT_LABEL[event.transport]} in ${formatMs(event.timeToLiveMs)}`;
    case 'failure':
      return `${TRANSPORT_LABEL[event.transport]} ${event.probe ? 'probe ' : ''}failed: ${event.reason}`;
    case 'reconnect':
      return `Reconnecting in ${formatMs(event.delayMs)}`;
    case 'switch':
      return `Switched from ${TRANSPORT_LABEL[event.from]} to ${TRANSPORT_LABEL[event.to]}`;
    case 'event':
      return `Event #${event.seq} over ${TRANSPORT_LABEL[event.transport]}, ${formatMs(event.latencyMs)} after commit`;
    case 'duplicate':
      return `Duplicate of event #${event.seq} ignored`;
    case 'gap':
      return `Gap: expected event #${event.expected}, got #${event.got}`;
    case 'reset':
      return `Cursor expired; reloaded and continued from #${event.head}`;
  }
};
