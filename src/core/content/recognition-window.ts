/** Nominations accepted within this window are listed for recognition (App Home, `recognise`). */
const RECOGNITION_WINDOW_MS = 90 * 86_400_000;

export function recognitionWindow(now: Date): { from: string; to: string } {
  return {
    from: new Date(now.getTime() - RECOGNITION_WINDOW_MS).toISOString(),
    to: new Date(now.getTime() + 1).toISOString(),
  };
}
