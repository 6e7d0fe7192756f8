// Preloaded into the `kulturpuls start` of the health bench (`--import`): a 10 ms timer and
// monitorEventLoopDelay, both read and reset over the IPC channel, so the bench sees how long the
// app's event loop was held while its database was slow.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const TICK_MS = 10;
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
let last = performance.now();
let longestGap = 0;
let ticks = 0;
setInterval(() => {
  const now = performance.now();
  longestGap = Math.max(longestGap, now - last);
  last = now;
  ticks += 1;
}, TICK_MS).unref();

process.on('message', (message: { type?: string }) => {
  if (message?.type !== 'loop-gaps') return;
  process.send?.({
    longestGapMs: longestGap,
    ticks,
    delayMaxMs: delay.max / 1e6,
    delayP99Ms: delay.percentile(99) / 1e6,
  });
  longestGap = 0;
  ticks = 0;
  delay.reset();
});
process.channel?.unref();
