/** Test utilities for the SDK's tests and the benchmarks. */
export { type FaultProxy, type Faults, startFaultProxy } from './fault-proxy.js';
